// Real HTTP for the browser tests: koa middlewares the @web/test-runner dev server runs.
// Each area keeps its routes in test/server/routes/<area>.mjs; add one import line here.
import { basicRoutes } from './routes/basic.mjs';
import { cdnRoutes } from './routes/cdn.mjs';
import { feedRoutes } from './routes/feeds.mjs';
import { newsListRoutes } from './routes/news-list.mjs';

export const testServerMiddleware = [
  ...basicRoutes,
  ...cdnRoutes,
  ...feedRoutes,
  ...newsListRoutes,
];
