/** Colours and type shared by the live map, its legend and every export. */
export const theme = {
  font: "'Inter', 'Segoe UI', 'Helvetica Neue', 'DejaVu Sans', Arial, sans-serif",
  background: '#f8fafc',
  text: '#0f172a',
  muted: '#475569',
  dimOpacity: 0.18,
  /** The ring around the node the keyboard is on, and the outline of the selected one (the stylesheet's --focus). */
  focus: '#f59e0b',
  /** Categorical colours for actors (Tableau 10, darkened where white initials need contrast). */
  actorPalette: [
    '#1f5f99',
    '#c0590f',
    '#2e7d32',
    '#b3261e',
    '#6a3d9a',
    '#7b4a2e',
    '#b8317e',
    '#4f5b66',
    '#7a7a12',
    '#0f7c8a',
  ],
} as const;
