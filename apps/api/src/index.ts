/**
 * The HTTP API as a library: the app factory and the pieces a process (or a test) composes it
 * from. `main.ts` is the process itself.
 */
export { createApp, type AppDeps } from './app';
export { composeRuntime, type ComposeOptions, type Runtime } from './composition-root';
export { ConfigError, loadConfig, type Config } from './config';
export { AppError, ERROR_STATUS, type ErrorCode, type ValidationIssue } from './errors/app-error';
export { createLogger, type Logger } from './logger';
export { listen, type RunningServer } from './server';
export { createShutdown, type ShutdownDeps } from './shutdown';
export { buildApiSnapshot, type ApiSnapshot, type ApiSnapshotInput } from './snapshot/api-snapshot';
export { SnapshotStore, type SnapshotStoreDeps } from './snapshot/snapshot-store';
