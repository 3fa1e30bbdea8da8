// Starts the app (Release, Production), signs in as a lawyer and drives lawyer traffic at it with autocannon,
// on 127.0.0.1 only. Called by ./run, which builds the app and the database first; see benchmarks/README.md.
import { randomUUID } from 'node:crypto';
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values: args } = parseArgs({
  options: {
    app: { type: 'string' },
    database: { type: 'string' },
    'compare-app': { type: 'string' },
    'compare-database': { type: 'string' },
    'compare-env': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    log: { type: 'string' },
    port: { type: 'string', default: '5099' },
    duration: { type: 'string', default: '15' },
    'warm-up': { type: 'string', default: '150' },
    connections: { type: 'string', default: '50,200' },
    'endpoint-connections': { type: 'string', default: '50' },
    endpoints: { type: 'boolean', default: false },
    only: { type: 'string' },
    cases: { type: 'string', default: '1000' },
    'prepare-accounts': { type: 'boolean', default: false },
    trace: { type: 'boolean', default: false },
  },
});

/** A build under test: its folder, its copy of the database, its port and any environment of its own. */
const target = (app, database, port, environment = {}) => ({
  app,
  database,
  environment,
  name: [app, ...Object.entries(environment).map(([key, value]) => `${key}=${value}`)].join(' '),
  base: `http://127.0.0.1:${port}`,
  server: null,
});

/** `NAME=VALUE NAME=VALUE`, as --compare-env gives them: runtime settings tried on the same build. */
const environmentOf = (pairs) => Object.fromEntries((pairs ?? '').split(/\s+/).filter(Boolean).map((pair) => {
  const at = pair.indexOf('=');
  if (at < 1) throw new Error(`--compare-env takes NAME=VALUE pairs, not "${pair}"`);
  return [pair.slice(0, at), pair.slice(at + 1)];
}));
const email = 'lawyer.mow@demo.legalaid';
const password = 'Demo-Legal-Aid-2026';
// The app refuses plain HTTP in Production; a TLS-terminating proxy on a trusted address (loopback by default,
// ForwardedHeaders:KnownProxies) says the client used HTTPS. The load generator plays that proxy.
const viaProxy = { 'x-forwarded-proto': 'https' };

const log = (line) => process.stdout.write(`${line}\n`);
// Ended by Ctrl+C or a kill, Node would skip its 'exit' handlers, which stop the servers; exiting here runs them.
process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');

function startServer(target, environment, extra = {}) {
  const server = spawn('dotnet', [`${target.app}/LegalAid.Web.dll`], {
    cwd: target.app,
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: environment,
      ASPNETCORE_URLS: target.base,
      ConnectionStrings__LegalAid: `Data Source=${target.database}`,
      // As deploy/Dockerfile runs it: two glibc malloc arenas instead of one per thread (SQLite's native memory).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
      // Warnings only: a line per slow request under overload would cost the server more than the requests.
      Logging__LogLevel__Default: 'Warning',
      ...target.environment,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = [];
  const file = args.log && target.app === args.app ? createWriteStream(args.log) : null;
  for (const stream of [server.stdout, server.stderr]) {
    stream.on('data', (d) => {
      out.push(d);
      file?.write(d);
    });
  }
  server.output = () => Buffer.concat(out).toString();
  // However this script ends (an exception, Ctrl+C or a kill included), its servers end with it, so that none holds its
  // port for the next run.
  process.once('exit', () => server.kill('SIGKILL'));
  server.once('exit', (code, signal) => {
    if (!server.stopping) {
      log(`${target.name} exited unasked (code ${code}, signal ${signal}); its last output:\n${server.output().slice(-4000)}`);
      file?.end();
      process.exitCode = 1;
      file ? file.once('finish', () => process.exit()) : process.exit();
    }
  });
  target.server = server;
}

async function waitReady({ base }) {
  for (let i = 0; i < 1200; i++) {
    try {
      if ((await fetch(`${base}/health/ready`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('The app did not become ready within 5 minutes.');
}

async function stopServer(server) {
  server.stopping = true;
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

// Under a shared, busy machine wall-clock figures swing with the neighbours; the server's own CPU time per request does not.
function cpuSecondsOf(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
}

/** The server's memory, or null once it has ended (no /proc entry left, or a zombie's without memory lines). */
function memoryOf(pid) {
  let status;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const mb = (name) => status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'))?.[1];
  const kilobytes = { peak: mb('VmHWM'), now: mb('VmRSS'), anonymous: mb('RssAnon'), file: mb('RssFile') };
  if (Object.values(kilobytes).includes(undefined)) return null;
  return Object.fromEntries(Object.entries(kilobytes).map(([name, kb]) => [name, Math.round(Number(kb) / 1024)]));
}

/**
 * VmHWM is the peak of all resident pages, the database file's pages that SQLite maps into memory included (and
 * counted once per connection that maps them); the samples split it into the process's own memory (heap, SQLite's
 * page caches) and the mapped file.
 */
function sampleMemory(pid) {
  const highest = { anonymous: 0, file: 0 };
  const timer = setInterval(() => {
    const now = memoryOf(pid);
    // A server that has ended: its 'exit' event (startServer) reports why.
    if (!now) return;
    highest.anonymous = Math.max(highest.anonymous, now.anonymous);
    highest.file = Math.max(highest.file, now.file);
  }, 250);
  return { highest, stop: () => clearInterval(timer) };
}

// A browser's cookie jar, just enough for one account on one host.
class Session {
  cookies = new Map();

  constructor(base) {
    this.base = base;
  }

  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async send(path, init = {}) {
    const response = await fetch(`${this.base}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...viaProxy, cookie: this.header(), ...(init.headers ?? {}) },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair.indexOf('=');
      this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  async form(path) {
    const response = await this.send(path);
    const html = await response.text();
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`);
    return { html, token: field(html, '__RequestVerificationToken') };
  }

  async post(path, fields) {
    return this.send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }
}

function field(html, name) {
  const input = html.match(new RegExp(`<input[^>]*name="${name.replace('.', '\\.')}"[^>]*>`));
  const value = input?.[0].match(/value="([^"]*)"/);
  if (!value) throw new Error(`No field ${name} in the page.`);
  return value[1].replaceAll('&#x2B;', '+').replaceAll('&#x2F;', '/').replaceAll('&#x3D;', '=').replaceAll('&amp;', '&');
}

function selected(html, name) {
  const select = html.match(new RegExp(`<select[^>]*name="${name.replace('.', '\\.')}"[^>]*>([\\s\\S]*?)</select>`));
  const option = select?.[1].match(/<option selected="selected" value="([^"]*)"/);
  if (!option) throw new Error(`No selected option in ${name}.`);
  return option[1];
}

async function signIn(base) {
  const session = new Session(base);
  const login = await session.form('/Account/Login');
  const response = await session.post('/Account/Login', {
    'Input.Email': email,
    'Input.Password': password,
    __RequestVerificationToken: login.token,
  });
  if (response.status !== 302 || response.headers.get('location') !== '/') {
    throw new Error(`Signing in as ${email} answered ${response.status} ${response.headers.get('location') ?? ''}`);
  }
  return session;
}

async function issueToken(session) {
  const page = await session.form('/Account/Tokens');
  const issued = await session.post('/Account/Tokens?handler=Issue', {
    'Input.Name': `load ${new Date().toISOString()}`,
    'Input.DaysValid': '1',
    __RequestVerificationToken: page.token,
  });
  if (issued.status !== 302) throw new Error(`Issuing an API token answered ${issued.status}, not the redirect to the page that shows it.`);
  // The page shows the new token once, on the request that follows the redirect.
  const response = await session.send(issued.headers.get('location'));
  const secret = (await response.text()).match(/(la_[A-Za-z0-9_-]+)/);
  if (!secret) throw new Error(`Issuing an API token answered ${response.status} without a token.`);
  return secret[1];
}

async function jsonOf(base, path, token) {
  const response = await fetch(`${base}${path}`, { headers: { ...viaProxy, authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

const pick = (list) => list[Math.floor(Math.random() * list.length)];

/** What the lawyer's traffic is made of; each kind says what it expects back. */
async function prepareTraffic(session, token) {
  const json = (path) => jsonOf(session.base, path, token);
  // The open cases the traffic views and logs consultations into. Until 2026-12-01 it was the first 100: each of them
  // then gained about 80 consultations in a run, and the case page grew dearer as the run went on (benchmarks/README.md).
  const cases = [];
  for (let page = 1; cases.length < Number(args.cases); page++) {
    const items = (await json(`/api/v1/cases?status=Open&pageSize=100&pageNumber=${page}`)).items;
    if (items.length === 0) break;
    cases.push(...items.map((c) => c.id).slice(0, Number(args.cases) - cases.length));
  }
  if (new Set(cases).size !== cases.length) throw new Error('The API gave the same open case on two pages.');
  // Searched as lawyers type them: family and given name.
  const names = (await json('/api/v1/clients?pageSize=100')).clients.items.map((c) => `${c.familyName} ${c.givenName}`);
  const form = await session.form(`/Cases/${cases[0]}/consultations/new`);
  const consultation = {
    'Input.HeldAt': field(form.html, 'Input.HeldAt'),
    'Input.Channel': 'Phone',
    'Input.DurationMinutes': '20',
    'Input.LawyerId': selected(form.html, 'Input.LawyerId'),
    'Input.Actions': 'LegalAdvice',
    'Input.Summary': 'Звонок: уточнили сроки подачи документов.',
    __RequestVerificationToken: form.token,
  };
  const cookie = { ...viaProxy, cookie: session.header() };
  const bearer = { ...viaProxy, authorization: `Bearer ${token}` };
  const get = (path) => () => ({ method: 'GET', path: path(), headers: cookie });
  return {
    desk: { build: get(() => '/'), expect: 200 },
    'case list': { build: get(() => '/Cases'), expect: 200 },
    'case page': { build: get(() => `/Cases/${pick(cases)}`), expect: 200 },
    'client search': { build: get(() => `/Clients?query=${encodeURIComponent(pick(names))}`), expect: 200 },
    'API case list': { build: () => ({ method: 'GET', path: '/api/v1/cases', headers: bearer }), expect: 200 },
    // Not in the mix: what the machine allows at all. The first needs no account; the second is the cheapest
    // authenticated request (a bearer token checked, no personal data, nothing audited); the third the cheapest signed-in
    // page (the session read, the layout and a form's antiforgery token, no personal data, nothing audited).
    'health (floor)': { build: () => ({ method: 'GET', path: '/health/live', headers: viaProxy }), expect: 200 },
    'API lookups (floor)': { build: () => ({ method: 'GET', path: '/api/v1/lookups', headers: bearer }), expect: 200 },
    'page (floor)': { build: get(() => '/Account/ChangePassword'), expect: 200 },
    'log consultation': {
      build: () => {
        const id = pick(cases);
        return {
          method: 'POST',
          path: `/Cases/${id}/consultations/new`,
          headers: { ...cookie, 'content-type': 'application/x-www-form-urlencoded' },
          // A new key each time, as each form a browser renders carries its own (sent twice, it saves once).
          body: new URLSearchParams({ ...consultation, 'Input.CaseId': String(id), 'Idempotency-Key': randomUUID() }).toString(),
        };
      },
      expect: 302,
    },
  };
}

// One cycle of a lawyer's work: mostly reading, one consultation logged in ten requests.
const mix = ['desk', 'case list', 'case page', 'client search', 'case page', 'API case list', 'desk', 'case page', 'case list', 'log consultation'];

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function drive({ server, base }, traffic, kinds, connections, seconds) {
  const samples = new Map(kinds.map((k) => [k, []]));
  let errors = 0;
  let answered = null;
  const requests = kinds.map((kind) => ({
    setupRequest: (request) => ({ ...request, ...traffic[kind].build() }),
    onResponse: (status) => {
      answered = kind;
      if (status !== traffic[kind].expect) errors++;
    },
  }));
  const before = load();
  const cpuBefore = cpuSecondsOf(server.pid);
  const instance = autocannon({ url: base, connections, duration: seconds, requests, timeout: 30 });
  instance.on('response', (_client, _status, _bytes, ms) => samples.get(answered).push(ms));
  const result = await instance;
  const cpu = cpuSecondsOf(server.pid) - cpuBefore;
  const all = [...samples.values()].flat().sort((a, b) => a - b);
  const row = (name, values) => ({
    name,
    connections,
    requests: values.length,
    perSecond: values.length / seconds,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
  });
  return {
    total: {
      ...row(kinds.length === 1 ? kinds[0] : 'mix', all),
      errors: errors + result.errors + result.timeouts,
      cpuMs: (cpu * 1000) / Math.max(1, all.length),
      load: `${before} → ${load()}`,
    },
    byKind: kinds.length === 1 ? [] : [...new Set(kinds)].map((k) => row(`  ${k}`, samples.get(k).sort((a, b) => a - b))),
  };
}

/** One request of each kind with EF Core's command log on: how many SQL commands each costs, and which. */
async function trace({ server, base }, traffic) {
  for (const [kind, { build }] of Object.entries(traffic)) {
    const request = build();
    const from = server.output().length;
    await fetch(`${base}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
    await new Promise((r) => setTimeout(r, 500));
    const commands = server.output().slice(from).split('\n').filter((l) => l.includes('"Executed DbCommand'))
      .map((l) => JSON.parse(l).State);
    const ms = commands.reduce((sum, c) => sum + Number(c.elapsed), 0);
    log(`\n## ${kind}: ${request.method} ${request.path}: ${commands.length} SQL commands, ${ms} ms until their first rows`);
    for (const command of commands) log(`- (${command.elapsed} ms) ${command.commandText.replace(/\s+/g, ' ')}`);
  }
}

const ms = (v) => (Number.isNaN(v) ? '' : v.toFixed(1));

/** Signs in and prepares the traffic for one target whose server is ready. */
async function ready(target) {
  await waitReady(target);
  const session = await signIn(target.base);
  const token = await issueToken(session);
  return prepareTraffic(session, token);
}

function table(runs) {
  log('');
  log('| traffic | connections | requests | req/s | p50 ms | p95 ms | p99 ms | errors | server CPU ms per request | load average (1, 5, 15 min) before → after |');
  log('|---|---|---|---|---|---|---|---|---|---|');
  for (const { total, byKind } of runs) {
    log(`| ${total.name} | ${total.connections} | ${total.requests} | ${total.perSecond.toFixed(0)} | ${ms(total.p50)} | ${ms(total.p95)} | ${ms(total.p99)} | ${total.errors} | ${total.cpuMs.toFixed(2)} | ${total.load} |`);
    for (const k of byKind) log(`| ${k.name} | | ${k.requests} | ${k.perSecond.toFixed(0)} | ${ms(k.p50)} | ${ms(k.p95)} | ${ms(k.p99)} | | | |`);
  }
}

function memoryLine(target, memory) {
  const end = memoryOf(target.server.pid);
  return `peak resident ${end.peak} MB (VmHWM); highest samples: ${memory.highest.anonymous} MB own (RssAnon), `
    + `${memory.highest.file} MB mapped files (RssFile); at the end ${end.now} MB (VmRSS)`;
}

// A server that has run for a while: pools, page caches, and above all the JIT done. Under the mix the runtime compiled
// about 7,000 methods every 10 s for the first minute (its own counters, dotnet-counters on 2026-12-01) and fewer than
// 50 from about the 80th second on; after a 60 s warm-up the first run still paid for it (the desk alone at 12.8 CPU ms
// a request, against 7.5 in later runs). Each step's processor time a request is printed: a reader sees it level off.
const warmUpStep = 15;
async function warmUp(target, traffic) {
  const seconds = Number(args['warm-up']);
  let requests = 0, errors = 0;
  const steps = [];
  for (let done = 0; done < seconds; done += warmUpStep) {
    const { total } = await drive(target, traffic, mix, 50, Math.min(warmUpStep, seconds - done));
    requests += total.requests;
    errors += total.errors;
    steps.push(total.cpuMs.toFixed(2));
  }
  log(`warm-up of ${target.name} (${seconds} s at 50 connections, not in the table): ${requests} requests, ${errors} errors; `
    + `CPU ms per request in each ${warmUpStep} s: ${steps.join(', ')}`);
}

/** What each build runs: the kinds alone if asked, then the mix at each number of connections. */
function workloads(traffic) {
  const runs = [];
  if (args.endpoints) {
    const kinds = args.only ? args.only.split(',') : Object.keys(traffic);
    const unknown = kinds.filter((kind) => !(kind in traffic));
    if (unknown.length > 0) {
      throw new Error(`--only names no such kind: ${unknown.join(', ')}. The kinds are: ${Object.keys(traffic).join(', ')}; `
        + 'the mix runs at each of --connections.');
    }
    for (const kind of kinds) runs.push({ kinds: [kind], connections: Number(args['endpoint-connections']) });
  }
  for (const connections of args.connections.split(',').filter(Boolean).map(Number)) runs.push({ kinds: mix, connections });
  return runs;
}

/** One build: its workloads, one after the other. */
async function measure(target) {
  const traffic = await ready(target);
  if (args.trace) {
    await trace(target, traffic);
    return;
  }

  const planned = workloads(traffic);
  log(`load average at start: ${load()}`);
  const memory = sampleMemory(target.server.pid);
  await warmUp(target, traffic);
  const runs = [];
  for (const { kinds, connections } of planned) runs.push(await drive(target, traffic, kinds, connections, Number(args.duration)));
  table(runs);
  memory.stop();
  log('');
  log(`server memory: ${memoryLine(target, memory)}`);
}

/**
 * Two builds at once, each on its own copy of the file, measured in turns (each workload on one build then the other,
 * the order swapped every round): on a shared machine whose speed drifts by tens of per cent within minutes, builds
 * measured minutes apart do not compare, builds measured in alternating turns do.
 */
async function compare(targets) {
  const traffics = await Promise.all(targets.map(ready));
  const planned = workloads(traffics[0]);
  const memories = targets.map((t) => sampleMemory(t.server.pid));
  for (let i = 0; i < targets.length; i++) await warmUp(targets[i], traffics[i]);
  const results = targets.map(() => new Map());
  for (let round = 1; round <= Number(args.rounds); round++) {
    const order = round % 2 === 1 ? [0, 1] : [1, 0];
    for (const { kinds, connections } of planned) {
      const name = `${kinds.length === 1 ? kinds[0] : 'mix'}, ${connections} connections`;
      for (const i of order) {
        const { total } = await drive(targets[i], traffics[i], kinds, connections, Number(args.duration));
        results[i].set(name, [...(results[i].get(name) ?? []), total]);
        log(`round ${round}, ${targets[i].name}, ${name}: ${total.perSecond.toFixed(0)} req/s, `
          + `p95 ${ms(total.p95)} ms, p99 ${ms(total.p99)} ms, ${total.errors} errors, ${total.cpuMs.toFixed(2)} CPU ms per request`);
      }
    }
  }

  const median = (values) => values.sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  log('');
  log('| traffic | build | rounds | median req/s | median p95 ms | median p99 ms | errors | median server CPU ms per request |');
  log('|---|---|---|---|---|---|---|---|');
  for (const name of results[0].keys()) {
    for (let i = 0; i < targets.length; i++) {
      const runs = results[i].get(name);
      log(`| ${name} | ${targets[i].name} | ${runs.length} | ${median(runs.map((r) => r.perSecond)).toFixed(0)} | `
        + `${ms(median(runs.map((r) => r.p95)))} | ${ms(median(runs.map((r) => r.p99)))} | ${runs.reduce((n, r) => n + r.errors, 0)} | `
        + `${median(runs.map((r) => r.cpuMs)).toFixed(2)} |`);
    }
  }
  // The rounds' pairs, each measured within a minute: their ratio drifts far less than either build's own figures.
  log('');
  log(`| traffic | ${targets[1].name} / ${targets[0].name}, CPU ms per request: median of the rounds' ratios | rounds in which it was lower |`);
  log('|---|---|---|');
  for (const name of results[0].keys()) {
    const ratios = results[1].get(name).map((r, round) => r.cpuMs / results[0].get(name)[round].cpuMs);
    log(`| ${name} | ${median([...ratios]).toFixed(2)} | ${ratios.filter((r) => r < 1).length} of ${ratios.length} |`);
  }
  log('');
  for (let i = 0; i < targets.length; i++) {
    memories[i].stop();
    log(`server memory of ${targets[i].name}: ${memoryLine(targets[i], memories[i])}`);
  }
}

async function main() {
  const first = target(args.app, args.database, Number(args.port));
  if (args['prepare-accounts']) {
    // The demo accounts exist only where Development seeds them; the data itself is left as it is.
    startServer(first, 'Development', { Demo__SeedWhenEmpty: 'true', Statistics__KeepRecentYears: '0' });
    await waitReady(first);
    await stopServer(first.server);
    log('Demo accounts ready.');
    return;
  }

  const commandLog = args.trace ? { 'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command': 'Information' } : {};
  const targets = [first];
  if (args['compare-app']) {
    targets.push(target(args['compare-app'], args['compare-database'], Number(args.port) + 1, environmentOf(args['compare-env'])));
  }
  try {
    for (const t of targets) startServer(t, 'Production', commandLog);
    await (targets.length === 1 ? measure(first) : compare(targets));
  } finally {
    for (const t of targets) await stopServer(t.server);
  }
}

await main();
