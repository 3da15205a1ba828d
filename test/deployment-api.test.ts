import { expect } from '@open-wc/testing';
import { ConversationApi, DEFAULT_RETRY_AFTER_SECONDS, retryAfterSeconds } from '../src/conversation-api.js';
import { TavusError } from '../src/errors.js';
import { errorKey, translator } from '../src/strings/localize.js';
import { enLater } from '../src/strings/en-later.js';
import { en } from '../src/strings/en.js';
import { deploymentId, ledger, MOCK_API_URL } from './support/mock-api.js';

function api(id: string, baseUrl = MOCK_API_URL): ConversationApi {
  return new ConversationApi({ deploymentId: id, baseUrl });
}

async function startError(id: string, body = {}): Promise<TavusError> {
  try {
    await api(id).start(body);
  } catch (error) {
    expect(error).to.be.instanceOf(TavusError);
    return error as TavusError;
  }
  throw new Error(`start for ${id} should have failed`);
}

describe('DeploymentApi', () => {
  it('creates a conversation, sending only the fields that are set, with no credentials', async () => {
    const id = deploymentId('open');
    const conversation = await api(id).start({ custom_greeting: 'Hi', memory_stores: ['a'] });
    expect(conversation.conversationId).to.match(/^c/);
    expect(conversation.conversationUrl).to.equal(`https://tavus.daily.co/${conversation.conversationId}`);
    const { requests } = await ledger(id);
    const start = requests.find((r) => r.path.endsWith('/start') && r.method === 'POST')!;
    expect(start.body).to.deep.equal({ custom_greeting: 'Hi', memory_stores: ['a'] });
    expect(start.headers).to.not.have.any.keys('cookie', 'authorization', 'x-api-key');
    expect(start.headers['origin']).to.equal(location.origin);
  });

  it('passes the meeting token through when the room requires one', async () => {
    const conversation = await api(deploymentId('password')).start({ password: 'tavus-demo' });
    expect(conversation.meetingToken).to.equal('mock-meeting-token');
  });

  it('encodes the deployment ID as one path segment', async () => {
    const id = deploymentId('open') + '/../x?y#z %2F é';
    const conversation = await api(id).start({});
    const report = await ledger(id);
    expect(report.conversations.map((c) => c.conversationId)).to.deep.equal([conversation.conversationId]);
    expect(api(id).startUrl).to.contain(encodeURIComponent(id));
  });

  const statuses: [number, string][] = [
    [400, 'bad-request'],
    [402, 'limit-reached'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [409, 'busy'],
    [423, 'busy'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [502, 'server-error'],
    [503, 'rate-limited'],
  ];
  for (const [status, code] of statuses) {
    it(`maps ${status} to ${code}`, async () => {
      const error = await startError(deploymentId(`status-${status}`));
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
      const t = translator({ ...en, ...enLater }, 'en');
      expect(t(errorKey(error, t)).length).to.be.greaterThan(10);
    });
  }

  it('tells a missing password from a wrong one', async () => {
    expect((await startError(deploymentId('password'))).code).to.equal('password-required');
    expect((await startError(deploymentId('password'), { password: 'nope' })).code).to.equal('password-incorrect');
  });

  it('reads Retry-After as seconds or as an HTTP date, exposed cross-origin', async () => {
    expect((await startError(deploymentId('ratelimited-30'))).retryAfter).to.equal(30);
    const dated = (await startError(deploymentId('ratelimited-date-20'))).retryAfter!;
    expect(dated).to.be.within(18, 21);
  });

  it('falls back to a default wait when Retry-After cannot be read', async () => {
    expect((await startError(deploymentId('ratelimited-hidden'))).retryAfter).to.equal(DEFAULT_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds('soon')).to.equal(DEFAULT_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds(null)).to.equal(DEFAULT_RETRY_AFTER_SECONDS);
    expect(retryAfterSeconds('0')).to.equal(1);
  });

  it('keeps the server text as detail, never interpreted', async () => {
    const error = await startError(deploymentId('html-error'));
    expect(error.code).to.equal('bad-request');
    expect(error.detail).to.contain('<img src=x');
  });

  it('reports malformed JSON as invalid-response', async () => {
    const failure = await startError(deploymentId('malformed'));
    expect(failure.code).to.equal('invalid-response');
    expect(failure.conversationId).to.equal(undefined);
  });

  it('reports a created but unusable conversation with its ID, so it can be ended', async () => {
    for (const scenario of ['incomplete', 'badurl']) {
      const id = deploymentId(scenario);
      const failure = await startError(id);
      expect(failure.code).to.equal('invalid-response');
      const { conversations } = await ledger(id);
      expect(failure.conversationId).to.equal(conversations[0]!.conversationId);
    }
  });

  it('reports an unreachable server as network', async () => {
    const failure = await new ConversationApi({ deploymentId: 'open', baseUrl: 'http://127.0.0.1:9' }).start({}).catch((e) => e);
    expect((failure as TavusError).code).to.equal('network');
  });

  it('aborts a start that outlives the hard cap as timeout', async () => {
    const slow = new ConversationApi({ deploymentId: deploymentId('slow-2000'), baseUrl: MOCK_API_URL, startRequestCapMs: 100 });
    const failure = await slow.start({}).catch((e) => e);
    expect((failure as TavusError).code).to.equal('timeout');
  });

  it('ends with a CORS-simple keepalive POST: no preflight, no body', async () => {
    const id = deploymentId('open');
    const client = api(id);
    const { conversationId } = await client.start({});
    expect(await client.end(conversationId)).to.equal('ended');
    const report = await ledger(id);
    // Every request to the path, preflights included: Firefox and WebKit would let the mock see one.
    const endRequests = report.requests.filter((r) => r.path.endsWith('/end'));
    expect(endRequests.map((r) => r.method)).to.deep.equal(['POST']);
    expect(endRequests[0]!.headers).to.not.have.any.keys('content-type', 'cookie');
    expect(report.summary).to.include({ created: 1, ended: 1, doubleEnded: 0 });
  });

  it('asks for a retry on 5xx and a network failure, and treats 404 as already ended', async () => {
    const id = deploymentId('end-flaky-1');
    const client = api(id);
    const { conversationId } = await client.start({});
    expect(await client.end(conversationId)).to.equal('retry');
    expect(await client.end(conversationId)).to.equal('ended');
    expect(await client.end('c-unknown')).to.equal('ended');
    expect(await new ConversationApi({ deploymentId: id, baseUrl: 'http://127.0.0.1:9' }).end('c1')).to.equal('retry');
  });
});
