// Real HTTP for the browser tests: koa middlewares the @web/test-runner dev server runs.
// Each area keeps its routes in test/server/routes/<area>.mjs; add one import line here.
import { basicRoutes } from './routes/basic.mjs';
import { cdnRoutes } from './routes/cdn.mjs';
import { docsRoutes } from './routes/docs.mjs';
import { feedRoutes } from './routes/feeds.mjs';
import { i18nRoutes } from './routes/i18n.mjs';
import { newsListRoutes } from './routes/news-list.mjs';
import { reactRoutes } from './routes/react.mjs';
import { securityRoutes } from './routes/security.mjs';
import { themeCardRoutes } from './routes/theme-card.mjs';

export const testServerMiddleware = [
  ...basicRoutes,
  ...cdnRoutes,
  ...docsRoutes,
  ...feedRoutes,
  ...i18nRoutes,
  ...newsListRoutes,
  ...reactRoutes,
  ...securityRoutes,
  ...themeCardRoutes,
];
