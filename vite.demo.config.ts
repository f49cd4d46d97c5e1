import { defineConfig, type Plugin } from 'vite';

/** `/` → `/demo/`: the printed URL opens the demo page, which imports from /src. */
const openDemo: Plugin = {
  name: 'benelux-open-demo',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
      } else next();
    });
  },
};

/** `npm start`: the demo partner page (demo/) with the widgets from source. */
export default defineConfig({
  plugins: [openDemo],
  // Lit's production build, as partners get it (no dev-mode warning in the console).
  resolve: { conditions: ['module', 'browser', 'production'] },
  server: { host: '127.0.0.1', port: 5173 },
});
