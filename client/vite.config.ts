import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The client talks to one origin: /api goes to the api, /game to the game server. The targets
// come from the stack launcher (npm start, browser tests) or default to the standard ports.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: process.env['SALON_API_URL'] ?? 'http://127.0.0.1:3000' },
  '/game': {
    target: process.env['SALON_GAME_URL'] ?? 'http://127.0.0.1:2567',
    ws: true,
    rewrite: (path) => path.replace(/^\/game/, ''),
  },
};

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  build: { sourcemap: true, chunkSizeWarningLimit: 1500 },
});
