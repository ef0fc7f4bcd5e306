# The image of one service, or of the gateway, built from the repository root:
#
#   docker build --build-arg SERVICE=coordinators --build-arg PORT=4001 -t portal-coordinators .
#   docker build --build-arg SERVICE=gateway -t portal-gateway .
#
# (docker-compose.yml, written from the services' definitions, passes both for each.)
#
# Every deployable is bundled to plain JavaScript once (npm run build, the same in every
# image, so the build stage is cached across them); an image holds Node, its bundle and
# the shared chunks, its migrations and SDL (the gateway: the supergraph and the trusted
# documents), and nothing else: no TypeScript, no node_modules, no tests or test helpers.
ARG NODE_IMAGE=node:20.19-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund --ignore-scripts && npm run build
ARG SERVICE
# The files the service needs at run time, laid out as in the repository (its bundle finds
# them by relative paths); main.js links to its entry point.
RUN set -eu; \
    test -n "${SERVICE}" || { echo 'build with --build-arg SERVICE=<service name or gateway>'; exit 1; }; \
    if [ "${SERVICE}" = gateway ]; then dir=gateway; else dir="services/${SERVICE}"; fi; \
    test -f "${dir}/dist/main.js" || { echo "no service ${SERVICE}"; exit 1; }; \
    mkdir -p /out/services/platform "/out/${dir}"; \
    cp package.json /out/; cp services/platform/package.json /out/services/platform/; cp -r services/platform/dist /out/services/platform/; \
    cp "${dir}/package.json" "/out/${dir}/"; cp -r "${dir}/dist" "/out/${dir}/"; \
    if [ -d "${dir}/drizzle" ]; then cp -r "${dir}/drizzle" "/out/${dir}/"; fi; \
    if [ "${SERVICE}" = gateway ]; then \
      mkdir -p /out/schema /out/services/client/src/generated; \
      cp schema/supergraph.graphql /out/schema/; \
      cp services/client/src/generated/persisted-documents.json /out/services/client/src/generated/; \
    fi; \
    ln -s "${dir}/dist/main.js" /out/main.js

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
