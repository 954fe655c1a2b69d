import type { StorybookConfig } from '@storybook/web-components-vite';

export default {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // addon-docs: the autodocs page of each element (tags: ['autodocs']), its props, events,
  // parts and CSS properties read from custom-elements.json.
  addons: ['@storybook/addon-docs', 'msw-storybook-addon'],
  // public/mockServiceWorker.js is served at the root, where msw's worker must live;
  // `npm run prepare:msw` (run before `storybook` and `build-storybook`) writes it.
  staticDirs: ['../public'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
} satisfies StorybookConfig;
