import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App.tsx';
import { createAppStore } from '../state/store.ts';
import { testMap } from '../model/test-map.ts';

function renderApp() {
  const store = createAppStore();
  store.getState().setMap(testMap);
  render(<App store={store} />);
  // Map nodes are buttons named "<Kind>: <label>"; the DOM contract gives each its data-node-id.
  const nodeButtons = () => screen.queryAllByRole('button', { name: /^(Question|Position|Argument|Fact): / });
  const drawnNodes = () =>
    nodeButtons()
      .map((el) => el.getAttribute('data-node-id'))
      .sort();
  const dimmedNodes = () =>
    nodeButtons()
      .filter((el) => el.classList.contains('dimmed'))
      .map((el) => el.getAttribute('data-node-id'))
      .sort();
  return { store, drawnNodes, dimmedNodes, user: userEvent.setup() };
}

describe('the map app', () => {
  it('draws every node and edge of the map with its kind', () => {
    const { drawnNodes } = renderApp();
    expect(drawnNodes()).toEqual(testMap.nodes.map((n) => n.id).sort());
    expect(screen.getByRole('button', { name: /^Question: Should model weights be open\?/ })).toHaveAttribute(
      'data-kind',
      'question',
    );
    // Edges are decoration for pointer and screen reader alike (the details panel lists relations): find them by
    // the DOM contract.
    // eslint-disable-next-line testing-library/no-node-access
    const edge = document.querySelector('[data-from="a-misuse"][data-to="p-open"]');
    expect(edge).toHaveAttribute('data-kind', 'attacks');
  });

  it('lists actors with members under their organisation', () => {
    renderApp();
    const actors = screen.getByRole('group', { name: 'Actors' });
    const mistral = within(actors).getByRole('checkbox', { name: 'Mistral AI' });
    const mensch = within(actors).getByRole('checkbox', { name: 'Arthur Mensch' });
    // eslint-disable-next-line testing-library/no-node-access
    expect(mistral.closest('li')).toContainElement(mensch);
  });

  it('isolating an actor keeps their claims (members included) and what those claims target', async () => {
    const { drawnNodes, user } = renderApp();
    await user.click(screen.getByRole('radio', { name: 'Isolate' }));
    await user.click(screen.getByRole('checkbox', { name: 'Mistral AI' }));
    // Mistral's p-open, Mensch's a-sovereignty (member), and what they answer/support/contradict.
    expect(drawnNodes()).toEqual(['a-sovereignty', 'p-closed', 'p-open', 'q']);
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    expect(drawnNodes()).toHaveLength(testMap.nodes.length);
  });

  it('highlight mode dims the rest instead of hiding it', async () => {
    const { drawnNodes, dimmedNodes, user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Yoshua Bengio' }));
    expect(drawnNodes()).toHaveLength(testMap.nodes.length);
    expect(dimmedNodes()).toEqual(['a-api', 'a-research', 'a-sovereignty', 'f-leak']);
  });

  it('hides nodes by kind', async () => {
    const { drawnNodes, user } = renderApp();
    await user.click(screen.getByRole('checkbox', { name: 'Facts' }));
    expect(drawnNodes()).not.toContain('f-leak');
    // eslint-disable-next-line testing-library/no-node-access
    expect(document.querySelector('[data-from="f-leak"]')).toBeNull();
  });

  it('selecting a node opens its details with quotes, translation, speaker and source', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: /^Argument: Europe needs its own models/ }));
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Europe needs its own models' })).toBeInTheDocument();
    expect(within(details).getByText(/Il faut des modèles européens\./)).toHaveAttribute('lang', 'fr');
    expect(within(details).getByText(/Arthur Mensch/, { selector: 'figcaption' })).toBeInTheDocument();
    const link = within(details).getByRole('link', { name: 'Interview' });
    expect(link).toHaveAttribute('href', 'https://example.org/a');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    // Relations are links that select the related node.
    await user.click(within(details).getByRole('button', { name: 'Open the weights' }));
    expect(
      within(screen.getByRole('complementary', { name: 'Details' })).getByRole('heading', { name: 'Open the weights' }),
    ).toBeInTheDocument();
  });
});
