import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs under two guards, because the app promises to work offline and
 * quietly: no request may leave 127.0.0.1, and the console must stay free of errors.
 */
export const test = base.extend<{ guards: void }>({
  guards: [
    async ({ page }, use) => {
      const foreignRequests: string[] = [];
      const consoleErrors: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['127.0.0.1', 'localhost'].includes(url.hostname);
        if (!local && !['data:', 'blob:', 'about:'].includes(url.protocol)) {
          foreignRequests.push(request.url());
        }
      });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
      await use();
      expect(foreignRequests, 'requests that left 127.0.0.1').toEqual([]);
      expect(consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

declare global {
  interface Window {
    /** The app's test hooks (apps/web/src/main.tsx documents them). */
    __netpol?: {
      getText: () => string;
      setText: (text: string, origin?: 'editor' | 'command') => void;
      crashPane: (name: string) => void;
      editor?: {
        cursor: () => { line: number; column: number };
        /** The editor model's text (may run ahead of the store while typing is debounced). */
        value: () => string;
        markers: () => Array<{ line: number; column: number; message: string; owner: string }>;
      };
    };
  }
}
