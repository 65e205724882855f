import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { BUILTIN_TITLE } from './builtin.ts';
import { file, fixture, preloadImporters, startApp } from './test-app.tsx';

preloadImporters();

describe('opening maps', () => {
  it('opens a file chosen with Open map, and lists it under Maps', async () => {
    const { user, upload, title } = await startApp();
    expect(title()).toBe(BUILTIN_TITLE);
    expect(screen.getByRole('button', { name: 'Open map' })).toBeInTheDocument();
    await upload(file('uniforms.json', fixture('capot-v1.json')));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Maps' }));
    const items = within(screen.getByRole('list', { name: 'Maps' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Open or owned\?.*built-in$/),
      expect.stringMatching(/^Should schools require uniforms\?Capot JSON · .+Remove$/),
    ]);
    expect(within(items[1]!).getByRole('button', { name: /^Should schools/ })).toHaveAttribute('aria-current', 'true');
  });

  it('shows a kept map when chosen in Maps, and removes one', async () => {
    const { user, upload, title } = await startApp();
    await upload(file('uniforms.json', fixture('capot-v1.json')));
    await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' });
    await user.click(screen.getByRole('button', { name: 'Maps' }));
    await user.click(screen.getByRole('button', { name: /^Open or owned\?/ }));
    await waitFor(() => expect(title()).toBe(BUILTIN_TITLE));
    expect(screen.queryByRole('list', { name: 'Maps' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Maps' }));
    await user.click(screen.getByRole('button', { name: /^Should schools require uniforms\?/ }));
    await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' });
    await user.click(screen.getByRole('button', { name: 'Maps' }));
    await user.click(screen.getByRole('button', { name: 'Remove Should schools require uniforms?' }));
    await waitFor(() =>
      expect(within(screen.getByRole('list', { name: 'Maps' })).getAllByRole('listitem')).toHaveLength(1),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('list', { name: 'Maps' })).not.toBeInTheDocument();
  });

  it('opens a file dropped on the page, with a drop hint while it is dragged over', async () => {
    await startApp();
    const zone = screen.getByRole('main');
    const dataTransfer = {
      types: ['Files'],
      files: [file('uniforms.json', fixture('capot-v1.json'))],
      dropEffect: 'none',
    };
    fireEvent.dragEnter(zone, { dataTransfer });
    expect(screen.getByText('Drop a map file to open it')).toBeInTheDocument();
    fireEvent.dragOver(zone, { dataTransfer });
    expect(dataTransfer.dropEffect).toBe('copy');
    fireEvent.drop(zone, { dataTransfer });
    expect(screen.queryByText('Drop a map file to open it')).not.toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Should schools require uniforms?' }),
    ).toBeInTheDocument();
  });

  it('ignores text dragged over the page', async () => {
    await startApp();
    fireEvent.dragEnter(screen.getByRole('main'), { dataTransfer: { types: ['text/plain'], files: [] } });
    expect(screen.queryByText('Drop a map file to open it')).not.toBeInTheDocument();
  });

  it('folds the warnings of an import away under "N warnings"', async () => {
    const { upload } = await startApp();
    await upload(file('aif-messy.json', fixture('aif-messy.json')));
    expect(await screen.findByText('14 warnings')).toBeVisible();
    // Folded: the list is there, but not shown until the summary is opened.
    expect(screen.getByText(/was opened, but some of it was left out or changed/)).not.toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
