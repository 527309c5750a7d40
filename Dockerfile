# syntax=docker/dockerfile:1
# Two stages: build everything with the dev tools, then keep only production dependencies, the
# compiled output, the Prisma schema and migrations, and the seed data.

FROM node:20-slim AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1
COPY . .
RUN LUNAJOY_SKIP_PREPARE=1 npm ci --no-audit --no-fund
RUN npx turbo run build --filter=@lunajoy/api... --filter=@lunajoy/admin... \
    --output-logs=errors-only
RUN LUNAJOY_SKIP_PREPARE=1 npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000
COPY --from=build --chown=node:node \
    /app/package.json /app/package-lock.json /app/prisma.config.ts ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/packages ./packages
COPY --from=build --chown=node:node /app/apps ./apps
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/data ./data
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
