# syntax=docker/dockerfile:1
# Plenary in a container (docs/DEPLOY.md, "Container"). The build stage makes the release with
# the command CI tests (`npm run release`, from the same lock file, here on the image's Node);
# the runtime stage holds that release and nothing else: no sources, no dev dependencies, no npm
# run at start.
#
# Both stages start from one image: better-sqlite3 is a native module, and the binary the build
# stage installs must match the runtime's Node version and C library.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
# Used only when better-sqlite3 has no prebuilt binary for the platform and compiles itself.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Dependencies first, so a change of the sources alone reuses this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# The release is named after the version; unpack it at a fixed path for the runtime stage.
RUN npm run release \
 && mkdir /release \
 && tar -xzf release/plenary-*.tar.gz -C /release --strip-components=1

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 DATA_DIR=/data
# A system user without a shell. A fixed id, so a bind-mounted data folder can be given to it
# (chown 10001:10001). The code stays root's: the server cannot change its own files.
RUN groupadd --system --gid 10001 plenary \
 && useradd --system --uid 10001 --gid plenary --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin plenary \
 && mkdir /data \
 && chown plenary:plenary /data \
 && chmod 0700 /data
WORKDIR /opt/plenary
# The largest and least changing part first.
COPY --from=build /release/node_modules ./node_modules
COPY --from=build /release/package.json /release/README.md ./
COPY --from=build /release/client ./client
COPY --from=build /release/server ./server
USER plenary
# Boards, uploaded images and token hashes: the one thing to keep and back up.
VOLUME /data
EXPOSE 8080
# The server stores every board and closes connections cleanly on SIGTERM.
STOPSIGNAL SIGTERM
# Liveness: /healthz fails only when the process no longer answers. Not /readyz: an orchestrator
# that replaces unhealthy containers (Swarm, autoheal) would restart every node in a loop while
# PostgreSQL or Redis is down, which a restart cannot fix; balancers probe /readyz themselves
# (docs/DEPLOY.md). Node itself makes the request, since the slim image has no curl.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8080) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((res) => process.exit(res.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server/index.js"]
