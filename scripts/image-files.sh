#!/bin/sh
# The file tree of one deployable's image, from a built repository (npm run build): the
# Dockerfile runs it into /out, and `npm run images:check` into a scratch directory to check
# what the image would hold. Laid out as in the repository (a bundle finds its files by
# relative paths); main.js links to the entry point.
#
#   sh scripts/image-files.sh <service name | gateway> <output directory>
set -eu
service="${1:-}"
out="${2:-}"
test -n "${service}" && test -n "${out}" || { echo 'usage: image-files.sh <service name or gateway> <output directory>' >&2; exit 2; }
if [ "${service}" = gateway ]; then dir=gateway; else dir="services/${service}"; fi
test -f "${dir}/dist/main.js" || { echo "no deployable ${service} (or not built: npm run build)" >&2; exit 1; }
mkdir -p "${out}/services/platform" "${out}/${dir}"
cp package.json "${out}/"
cp services/platform/package.json "${out}/services/platform/"
cp -r services/platform/dist "${out}/services/platform/"
cp "${dir}/package.json" "${out}/${dir}/"
# A subgraph's SDL, the dashboard's built web app: whatever the build put beside the bundle.
cp -r "${dir}/dist" "${out}/${dir}/"
if [ -d "${dir}/drizzle" ]; then cp -r "${dir}/drizzle" "${out}/${dir}/"; fi
if [ "${service}" = gateway ]; then
  mkdir -p "${out}/schema" "${out}/services/client/src/generated"
  cp schema/supergraph.graphql "${out}/schema/"
  cp services/client/src/generated/persisted-documents.json "${out}/services/client/src/generated/"
fi
ln -s "${dir}/dist/main.js" "${out}/main.js"
