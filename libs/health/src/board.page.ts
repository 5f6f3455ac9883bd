/**
 * The operators' board: one self-contained page (no external assets, no data in it). It signs the
 * operator in with the API, then reads and acts through the `/operations/*` routes, which require
 * `operations.read` / `operations.manage` (Root's network admins): the page itself holds nothing secret.
 * Every value from the API is put in the page as text (`textContent`), never as HTML.
 */
export const BOARD_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Jazari — queues</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d2430; }
  h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 2rem; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; }
  th, td { border-bottom: 1px solid #dde2ea; padding: .35rem .5rem; text-align: left; vertical-align: top; }
  th { background: #f3f5f8; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  button { cursor: pointer; } .muted { color: #667; } .error { color: #b00020; }
  pre { white-space: pre-wrap; word-break: break-all; max-width: 40rem; margin: 0; font-size: .8rem; }
  form { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; }
</style>
</head>
<body>
<h1>Jazari — queues and failed jobs</h1>
<p class="muted">For Root's network administrators. Sign in with your Jazari account.</p>
<form id="login">
  <input id="email" type="email" placeholder="e-mail" autocomplete="username" required>
  <input id="password" type="password" placeholder="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
  <button type="button" id="logout" hidden>Sign out</button>
  <span id="status" class="muted"></span>
</form>
<section id="board" hidden>
  <h2>Queues</h2>
  <table><thead><tr><th>queue</th><th>waiting</th><th>active</th><th>delayed</th><th>failed</th>
    <th>oldest waiting (s)</th><th></th></tr></thead><tbody id="queues"></tbody></table>
  <h2 id="jobs-title" hidden></h2>
  <table id="jobs-table" hidden><thead><tr><th>id</th><th>name</th><th>attempts</th><th>added</th>
    <th>finished</th><th>reason</th></tr></thead><tbody id="jobs"></tbody></table>
  <h2>Failed jobs (kept copies)</h2>
  <table><thead><tr><th>failed at</th><th>queue</th><th>job</th><th>tenant</th><th>attempts</th>
    <th>reason</th><th>resolution</th><th></th></tr></thead><tbody id="failed"></tbody></table>
  <p><button type="button" id="more" hidden>Older…</button></p>
</section>
<script>
(() => {
  const api = '/api/v1';
  let token = sessionStorage.getItem('jazari.board.token');
  let cursor = null;
  const $ = (id) => document.getElementById(id);
  const cell = (row, text, cls) => {
    const td = document.createElement('td');
    if (cls) td.className = cls;
    td.textContent = text === null || text === undefined ? '' : String(text);
    row.appendChild(td);
    return td;
  };
  const status = (text, error) => { $('status').textContent = text; $('status').className = error ? 'error' : 'muted'; };

  async function call(method, path) {
    const response = await fetch(api + path, { method, headers: { authorization: 'Bearer ' + token } });
    const body = await response.json().catch(() => ({}));
    if (response.status === 401) { signOut(); throw new Error('Signed out: sign in again.'); }
    if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
    return body;
  }

  function signOut() {
    token = null;
    sessionStorage.removeItem('jazari.board.token');
    $('board').hidden = true; $('logout').hidden = true;
  }

  async function refreshQueues() {
    const { data } = await call('GET', '/operations/queues');
    const body = $('queues');
    body.replaceChildren();
    for (const q of data) {
      const row = document.createElement('tr');
      cell(row, q.queue);
      for (const n of [q.waiting, q.active, q.delayed, q.failed, q.oldestWaitingAgeSeconds]) cell(row, n, 'n');
      const actions = cell(row, '');
      for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed']) {
        const b = document.createElement('button');
        b.textContent = state;
        b.onclick = () => showJobs(q.queue, state).catch((e) => status(e.message, true));
        actions.appendChild(b);
      }
      body.appendChild(row);
    }
  }

  async function showJobs(queue, state) {
    const { data } = await call('GET', '/operations/queues/' + encodeURIComponent(queue) + '/jobs?state=' + state + '&limit=50');
    $('jobs-title').textContent = queue + ' — ' + state + ' (' + data.length + ')';
    $('jobs-title').hidden = false; $('jobs-table').hidden = false;
    const body = $('jobs');
    body.replaceChildren();
    for (const j of data) {
      const row = document.createElement('tr');
      cell(row, j.id); cell(row, j.name); cell(row, j.attemptsMade, 'n');
      cell(row, j.addedAt); cell(row, j.finishedAt); cell(row, j.failedReason);
      body.appendChild(row);
    }
  }

  async function loadFailed(reset) {
    if (reset) { cursor = null; $('failed').replaceChildren(); }
    const page = await call('GET', '/operations/failed-jobs?limit=50' + (cursor ? '&cursor=' + cursor : ''));
    for (const f of page.data) {
      const row = document.createElement('tr');
      cell(row, f.failedAt); cell(row, f.queue); cell(row, f.jobName + ' ' + f.jobId); cell(row, f.tenantId);
      cell(row, f.attempts, 'n'); cell(row, f.failedReason);
      cell(row, f.resolved ? f.resolved.resolution + ' ' + f.resolved.resolvedAt : '');
      const actions = cell(row, '');
      if (!f.resolved) {
        for (const action of ['retry', 'dismiss']) {
          const b = document.createElement('button');
          b.textContent = action;
          b.onclick = async () => {
            if (action === 'dismiss' && !confirm('Give up on this job for good?')) return;
            try {
              await call('POST', '/operations/failed-jobs/' + f.id + '/' + action);
              status(action + ': done');
              await Promise.all([refreshQueues(), loadFailed(true)]);
            } catch (e) { status(e.message, true); }
          };
          actions.appendChild(b);
        }
      }
      $('failed').appendChild(row);
    }
    cursor = page.nextCursor;
    $('more').hidden = !cursor;
  }

  async function open() {
    $('board').hidden = false; $('logout').hidden = false;
    await Promise.all([refreshQueues(), loadFailed(true)]);
    status('');
  }

  $('login').onsubmit = async (event) => {
    event.preventDefault();
    const response = await fetch(api + '/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: $('email').value, password: $('password').value }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) return status(body.detail || body.title || 'Sign-in failed', true);
    token = body.accessToken;
    sessionStorage.setItem('jazari.board.token', token);
    $('password').value = '';
    open().catch((e) => { signOut(); status(e.message, true); });
  };
  $('logout').onclick = () => { signOut(); status('Signed out'); };
  $('more').onclick = () => loadFailed(false).catch((e) => status(e.message, true));
  setInterval(() => { if (token && !$('board').hidden) refreshQueues().catch((e) => status(e.message, true)); }, 5000);
  if (token) open().catch((e) => { signOut(); status(e.message, true); });
})();
</script>
</body>
</html>
`;
