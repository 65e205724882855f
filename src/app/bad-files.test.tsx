import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { testDocument } from '../model/test-map.ts';
import { ACCEPTED_FILES, HOSTILE_FILES, REFUSED_FILES } from '../test/hostile-files.ts';
import { BUILTIN_TITLE } from './builtin.ts';
import { file, preloadImporters, startApp } from './test-app.tsx';

preloadImporters();

describe('bad files', () => {
  it.each(ACCEPTED_FILES)('opens $what ($name)', async ({ name, bytes }) => {
    const { upload, title } = await startApp();
    await upload(file(name, bytes));
    await waitFor(() => expect(title()).not.toBe(BUILTIN_TITLE));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each(REFUSED_FILES)('refuses $what ($name) and leaves the map on screen', async ({ name, bytes, expected }) => {
    const { upload, title } = await startApp();
    await upload(file(name, bytes));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(`Could not open “${name}”`);
    expect(alert).toHaveTextContent('The map on screen is unchanged.');
    expect(within(alert).getAllByRole('listitem')[0]?.textContent).toMatch(expected);
    expect(title()).toBe(BUILTIN_TITLE);
  });

  it('keeps markup in a map as text', async () => {
    const { upload } = await startApp();
    await upload(file('markup.json', HOSTILE_FILES.find((f) => f.name === 'markup.json')!.bytes));
    const heading = await screen.findByRole('heading', { level: 1, name: /^<img src=x onerror="alert\(1\)">/ });
    expect(within(heading).queryByRole('img')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^Question: <script>alert\(2\)<\/script>/ })).toBeInTheDocument();
  });

  it('shows an empty map as an empty state, not a blank map', async () => {
    const { upload } = await startApp();
    await upload(file('nothing.json', HOSTILE_FILES.find((f) => f.name === 'nothing.json')!.bytes));
    expect(await screen.findByText(/has no nodes yet/)).toBeInTheDocument();
  });

  it('lists the first 20 problems, then how many more, and can be dismissed', async () => {
    const { user, upload, title } = await startApp();
    const doc = testDocument();
    for (const node of doc.nodes) node.actors = ['nobody', 'no-one', 'ghost'];
    await upload(file('many.json', JSON.stringify(doc)));
    const alert = await screen.findByRole('alert');
    const problems = doc.nodes.length * 3;
    expect(alert).toHaveTextContent(`Could not open “many.json” (read as Capot JSON): ${problems} problems.`);
    expect(within(alert).getAllByRole('listitem')).toHaveLength(20);
    expect(alert).toHaveTextContent(`and ${problems - 20} more`);
    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(title()).toBe(BUILTIN_TITLE);
  });
});
