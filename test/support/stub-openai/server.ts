// A tiny OpenAI-compatible server over real HTTP for tests (runs in Node, started by vitest globalSetup).
//   POST /v1/chat/completions   streaming (SSE) and non-streaming; behaviour chosen by the model name (behaviours.ts),
//                                answering in the format of the task it was sent; reasoning in reasoning_content /
//                                reasoning deltas before the content when the behaviour has it, finish_reason as planned
//   GET  /__calls?model=...      { calls } for that exact model string
//   GET  /__last?model=...       { body, authorization } of the last request for that model string
//   GET  /__connections?contains=...  { open, matching, peak }: open TCP connections (all, and those whose request
//                                named a model containing the string), and the most matching ones open at once
//                                since the first query for that string. Every response closes its connection,
//                                so an open connection is a response the client has not consumed or cancelled.
//   POST /turnstile/v0/siteverify  Cloudflare Turnstile's siteverify, answering as its documented test secrets do
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { planFor, TURNSTILE_TEST_SECRETS, type Plan } from './behaviours';

/** Content is streamed in chunks this small so that JSON keys and escapes get split across chunks. */
const CHUNK_CHARS = 7;

const CHUNK_GAP_MS = 5;

/** Paced reasoning (a plan's reasoningGapMs) comes in pieces this size: "Weighing it. " is 13 characters. */
const REASONING_CHUNK_CHARS = 13;

export interface StubServer {
  url: string;
  close(): Promise<void>;
}

export async function startStubOpenAI(): Promise<StubServer> {
  const calls = new Map<string, number>();
  const last = new Map<string, { body: unknown; authorization: string | null }>();
  const open = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const modelOf = new WeakMap<Socket, string>();
  /** Peak of open matching connections, per substring a test asked about. */
  const peaks = new Map<string, number>();
  const matching = (part: string) => [...sockets].filter((s) => modelOf.get(s)?.includes(part)).length;
  const updatePeaks = () => {
    for (const [part, peak] of peaks) peaks.set(part, Math.max(peak, matching(part)));
  };

  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    open.add(res);
    res.on('close', () => open.delete(res));
    try {
      await route(req, res);
    } catch (err) {
      if (!res.headersSent) sendJson(res, 500, { error: { message: String(err) } });
      else res.destroy();
    }
  });

  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://stub');
    // One request per connection, so a connection still open is a response still being read (or leaked).
    res.setHeader('connection', 'close');
    if (req.method === 'GET' && url.pathname === '/__connections') {
      const part = url.searchParams.get('contains') ?? '';
      if (part && !peaks.has(part)) peaks.set(part, matching(part));
      // The connection asking is not counted.
      return sendJson(res, 200, { open: sockets.size - 1, matching: part ? matching(part) : 0, peak: peaks.get(part) ?? 0 });
    }
    if (req.method === 'GET' && url.pathname === '/__calls') {
      return sendJson(res, 200, { calls: calls.get(url.searchParams.get('model') ?? '') ?? 0 });
    }
    if (req.method === 'GET' && url.pathname === '/__last') {
      return sendJson(res, 200, last.get(url.searchParams.get('model') ?? '') ?? null);
    }
    if (req.method === 'POST' && url.pathname === '/v1/chat/completions') {
      const body = JSON.parse(await readBody(req)) as {
        model: string;
        stream?: boolean;
        stream_options?: { include_usage?: boolean };
        messages?: { role: string; content: string }[];
      };
      const model = String(body.model);
      modelOf.set(req.socket, model);
      updatePeaks();
      const callNumber = (calls.get(model) ?? 0) + 1;
      calls.set(model, callNumber);
      last.set(model, { body, authorization: req.headers.authorization ?? null });
      const behaviour = model.split(':')[0];
      const plan = planFor(behaviour, callNumber, body.messages);
      return body.stream ? stream(res, model, plan, body.stream_options?.include_usage === true) : complete(res, model, plan);
    }
    if (req.method === 'POST' && url.pathname === '/turnstile/v0/siteverify') {
      return sendJson(res, 200, siteverify(await readBody(req)));
    }
    sendJson(res, 404, { error: { message: 'not found' } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function sendError(res: ServerResponse, plan: Extract<Plan, { type: 'error' }>) {
  const headers: Record<string, string> = {};
  if (plan.retryAfter) headers['retry-after'] = plan.retryAfter;
  sendJson(res, plan.status, { error: { message: plan.message ?? `stub error ${plan.status}`, type: 'stub_error' } }, headers);
}

async function complete(res: ServerResponse, model: string, plan: Plan) {
  if (plan.type === 'error') return sendError(res, plan);
  if (plan.type === 'stall' || plan.type === 'bad-sse') {
    // Never answers; the client's timeout must fire.
    return;
  }
  if (plan.type === 'slow-first-token') await sleep(plan.delayMs, res);
  if (res.destroyed) return;
  sendJson(res, 200, {
    id: 'chatcmpl-stub',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: plan.text, ...(plan.type === 'content' && plan.reasoning ? { [plan.reasoningField ?? 'reasoning_content']: plan.reasoning } : {}) },
        finish_reason: plan.type === 'content' ? (plan.finishReason ?? 'stop') : 'stop',
      },
    ],
  });
}

async function stream(res: ServerResponse, model: string, plan: Plan, includeUsage = false) {
  if (plan.type === 'error') return sendError(res, plan);
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (delta: Record<string, unknown>, finish: string | null = null) =>
    res.write(
      `data: ${JSON.stringify({
        id: 'chatcmpl-stub',
        object: 'chat.completion.chunk',
        created: Math.floor(Date.now() / 1000),
        model,
        choices: [{ index: 0, delta, finish_reason: finish }],
      })}\n\n`,
    );
  send({ role: 'assistant', content: '' });

  if (plan.type === 'bad-sse') {
    res.write('data: {"choices": [ this is not json\n\n');
    res.end();
    return;
  }
  if (plan.type === 'stall') {
    for (const piece of chunks(plan.text).slice(0, plan.chunkLimit)) {
      send({ content: piece });
      await sleep(CHUNK_GAP_MS, res);
    }
    // Then hangs with the connection open, until the client gives up (or hangMs, by default 30 s, pass).
    await sleep(plan.hangMs ?? 30_000, res);
    res.end();
    return;
  }
  if (plan.type === 'slow-first-token') await sleep(plan.delayMs, res);
  const gapMs = plan.type === 'content' ? (plan.gapMs ?? CHUNK_GAP_MS) : CHUNK_GAP_MS;
  if (plan.type === 'content' && plan.reasoning) {
    const reasoningGapMs = plan.reasoningGapMs ?? gapMs;
    for (const piece of chunks(plan.reasoning, plan.reasoningGapMs ? REASONING_CHUNK_CHARS : plan.chunkChars)) {
      if (res.destroyed) return;
      send({ [plan.reasoningField ?? 'reasoning_content']: piece });
      if (reasoningGapMs > 0) await sleep(reasoningGapMs, res);
    }
  }
  for (const piece of chunks(plan.text, plan.type === 'content' ? plan.chunkChars : undefined)) {
    if (res.destroyed) return;
    const full = !send({ content: piece });
    // Without pauses, still wait for the client to read whenever the buffer is full (an unread answer stays open).
    if (gapMs > 0) await sleep(gapMs, res);
    else if (full) await drained(res);
  }
  if (res.destroyed) return;
  send({}, plan.type === 'content' ? (plan.finishReason ?? 'stop') : 'stop');
  if (includeUsage && plan.type === 'content' && plan.usage) {
    res.write(`data: ${JSON.stringify({ id: 'chatcmpl-stub', object: 'chat.completion.chunk', created: Math.floor(Date.now() / 1000), model, choices: [], usage: plan.usage })}\n\n`);
  }
  res.write('data: [DONE]\n\n');
  res.end();
}

function chunks(text: string, size = CHUNK_CHARS): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

/** Resolves when the response's buffer has drained, or the client has gone. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** Sleeps, but wakes early when the client disconnects. */
function sleep(ms: number, res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) return resolve();
    const timer = Number.isFinite(ms) ? setTimeout(done, ms) : undefined;
    res.once('close', done);
    function done() {
      clearTimeout(timer);
      res.off('close', done);
      resolve();
    }
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (data += chunk));
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function siteverify(rawBody: string): { success: boolean; 'error-codes': string[] } {
  // The worker posts multipart/form-data; the fields are simple enough to read by name.
  const field = (name: string) => rawBody.match(new RegExp(`name="${name}"\\r?\\n\\r?\\n([^\\r\\n]*)`))?.[1] ?? null;
  const secret = field('secret');
  const token = field('response');
  if (!token) return { success: false, 'error-codes': ['missing-input-response'] };
  if (secret === TURNSTILE_TEST_SECRETS.pass) return { success: true, 'error-codes': [] };
  if (secret === TURNSTILE_TEST_SECRETS.fail) return { success: false, 'error-codes': ['invalid-input-response'] };
  if (secret === TURNSTILE_TEST_SECRETS.spent) return { success: false, 'error-codes': ['timeout-or-duplicate'] };
  return { success: false, 'error-codes': ['invalid-input-secret'] };
}
