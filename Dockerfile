# The image of one deployable (a service, the gateway, the dashboard or the local OpenID
# provider), built from the repository root:
#
#   docker build --build-arg SERVICE=coordinators --build-arg PORT=4001 -t portal-coordinators .
#   docker build --build-arg SERVICE=gateway -t portal-gateway .
#   docker build --build-arg SERVICE=dashboard --build-arg PORT=4010 -t portal-dashboard .
#   docker build --build-arg SERVICE=identity-provider --build-arg PORT=4011 -t portal-identity-provider .
#
# (docker-compose.yml, written from the services' definitions, passes both for each.)
#
# Every deployable is bundled to plain JavaScript once (npm run build, the same in every
# image, so the build stage is cached across them); an image holds Node, its bundle and
# the shared chunks, its migrations and SDL (the gateway: the supergraph and the trusted
# documents; the dashboard: its built web app), and nothing else: no TypeScript, no
# node_modules, no tests or test helpers. Nothing is built at run time: the file system
# may be read-only. `npm run images:check` checks each image's files without Docker.
ARG NODE_IMAGE=node:20.19-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
# Install scripts stay off, but the patches of patches/ are applied before bundling: the
# bundle carries the patched postgres.js.
RUN npm ci --no-audit --no-fund --ignore-scripts && npx patch-package && npm run build
ARG SERVICE
# The files the deployable needs at run time (scripts/image-files.sh, which npm run images:check
# runs too), laid out as in the repository; main.js links to its entry point.
RUN test -n "${SERVICE}" || { echo 'build with --build-arg SERVICE=<service name or gateway>'; exit 1; }; \
    sh scripts/image-files.sh "${SERVICE}" /out

FROM ${NODE_IMAGE}
# The service's port (its definition's); the gateway's by default.
ARG PORT=4000
ENV NODE_ENV=production PORT=${PORT}
WORKDIR /app
COPY --from=build /out/ ./
USER node
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# `node main.js seed` adds a service's demo data; reporting also has `node main.js rebuild`.
CMD ["node", "main.js"]
