import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, loadEnv } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The back office's build and dev server. The dev server forwards /api, /docs and /health to a
 * gateway (BACKOFFICE_GATEWAY_URL, default the gateway's own port), so the refresh cookie
 * (Path=/api/auth, SameSite=Strict) stays first-party exactly as when the gateway serves the build.
 */
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, root, 'BACKOFFICE_'), ...process.env };
  const gateway = env.BACKOFFICE_GATEWAY_URL ?? 'http://127.0.0.1:3000';
  const proxy = Object.fromEntries(['/api', '/docs', '/health'].map((path) => [path, { target: gateway, changeOrigin: false }]));
  return {
    root,
    plugins: [react()],
    build: {
      outDir: fileURLToPath(new URL('../../dist/apps/backoffice-web', import.meta.url)),
      emptyOutDir: true,
      // antd's own chunk is bigger than vite's default warning; the bench checks the real budgets.
      chunkSizeWarningLimit: 1500,
    },
    server: { host: '127.0.0.1', port: Number(env.BACKOFFICE_DEV_PORT ?? 5173), strictPort: true, proxy },
    preview: { host: '127.0.0.1', port: Number(env.BACKOFFICE_PREVIEW_PORT ?? 4173), strictPort: true, proxy },
  };
});
