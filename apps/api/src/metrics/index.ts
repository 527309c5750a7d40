export {
  createApiMetrics,
  type ApiMetrics,
  type ApiMetricsOptions,
  type LoadedVersion,
} from './api-metrics';
export { httpMetrics, UNMATCHED_ROUTE } from './http-metrics.middleware';
export { metricsHandler } from './metrics.handler';
