// The official Cloudflare TypeScript SDK (npm `cloudflare`, pinned in the root package.json) walking
// every route of the peer pages server, page by page with `client.aiGateway.dynamicRouting.list`,
// as a user of that SDK would (it has no auto-paginator for this endpoint).
//
//   node ts-sdk-walk.mjs warm BASE_URL WALKS   walks WALKS times, prints {"walkMillis": [...], ...}
//   node ts-sdk-walk.mjs cold BASE_URL         fetches page 1 of 50 and exits, prints what it read
//
// Every walk counts the routes and elements it read; a walk that reads other counts than the first
// exits with status 1, and the driver (peer.py) checks the counts and requests against the pages.
import Cloudflare from 'cloudflare';

const ACCOUNT = '0d37909e38d3e99c29fa2cd343ac421a';
const GATEWAY = '54442216';
const PER_PAGE = 50;

const [mode, baseURL, walksArg] = process.argv.slice(2);
if (!['warm', 'cold'].includes(mode) || !baseURL) {
  console.error('usage: node ts-sdk-walk.mjs warm|cold BASE_URL [WALKS]');
  process.exit(2);
}

// explicit null email/key: the SDK would otherwise read CLOUDFLARE_* from the environment
const client = new Cloudflare({ apiToken: 'benchmark-token', apiKey: null, apiEmail: null, baseURL, maxRetries: 0 });

async function walk() {
  let routes = 0;
  let elements = 0;
  for (let page = 1; ; page++) {
    const response = await client.aiGateway.dynamicRouting.list(GATEWAY, { account_id: ACCOUNT, page, per_page: PER_PAGE });
    const onPage = response.data.routes;
    for (const route of onPage) {
      routes++;
      elements += route.elements.length;
    }
    if (onPage.length < PER_PAGE) {
      return { routes, elements };
    }
  }
}

if (mode === 'cold') {
  const page = await client.aiGateway.dynamicRouting.list(GATEWAY, { account_id: ACCOUNT, page: 1, per_page: PER_PAGE });
  const elements = page.data.routes.reduce((sum, route) => sum + route.elements.length, 0);
  console.log(JSON.stringify({ routes: page.data.routes.length, elements }));
} else {
  const walks = Number(walksArg);
  const walkMillis = [];
  let first;
  for (let i = 0; i < walks; i++) {
    const start = process.hrtime.bigint();
    const counts = await walk();
    walkMillis.push(Number(process.hrtime.bigint() - start) / 1e6);
    first ??= counts;
    if (counts.routes !== first.routes || counts.elements !== first.elements) {
      console.error(`walk ${i + 1} read ${JSON.stringify(counts)}, the first read ${JSON.stringify(first)}`);
      process.exit(1);
    }
  }
  console.log(JSON.stringify({ walkMillis, ...first, runtime: `node ${process.version}` }));
}
