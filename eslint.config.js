// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import vitest from '@vitest/eslint-plugin';
import globals from 'globals';

/** The folder rule of STYLE.md: one-way dependencies, d3 only in layout/render, zustand only in state. */
const d3 = { group: ['d3-*', 'd3'], message: 'Only src/layout and src/render import d3.' };
const zustand = { group: ['zustand', 'zustand/*'], message: 'Only src/state imports zustand.' };
const react = { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'This folder is framework-free.' };
const folder = (name, message) => ({ group: [`**/${name}/**`, `../${name}`, `../${name}/*`], message });

const restrict = (files, patterns) => ({
  files,
  ignores: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'bench-results', 'tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  restrict(
    ['src/model/**'],
    [
      d3,
      zustand,
      react,
      ...['layout', 'render', 'state', 'io', 'ui', 'app'].map((f) => folder(f, 'src/model imports nothing of ours.')),
    ],
  ),
  restrict(
    ['src/layout/**'],
    [zustand, react, ...['render', 'state', 'io', 'ui', 'app'].map((f) => folder(f, 'src/layout imports only model.'))],
  ),
  restrict(
    ['src/render/**'],
    [zustand, ...['io', 'ui', 'app'].map((f) => folder(f, 'src/render imports model, layout, state.'))],
  ),
  restrict(
    ['src/state/**'],
    [d3, ...['layout', 'render', 'io', 'ui', 'app'].map((f) => folder(f, 'src/state imports only model.'))],
  ),
  restrict(
    ['src/io/**'],
    [
      zustand,
      react,
      ...['render', 'state', 'ui', 'app'].map((f) => folder(f, 'src/io imports model and layout types.')),
    ],
  ),
  restrict(
    ['src/ui/**'],
    [d3, zustand, ...['layout', 'io', 'app'].map((f) => folder(f, 'src/ui imports state and model.'))],
  ),
  {
    files: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    ...vitest.configs.recommended,
  },
  {
    files: ['src/**/*.test.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
);
