// The agent's screen: plain DOM, no framework. Every value from the service is
// written with textContent, never as HTML. Amounts stay the decimal strings the
// service sends: the screen never does arithmetic on money.

const $ = (id) => document.getElementById(id);
const state = { key: sessionStorage.getItem('savedesk-key') ?? '', client: null, decision: null, decided: false };

/** An element with text and attributes. */
function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** Calls the service with the agent's key; resolves to { status, body }. */
async function call(method, path, body) {
  const headers = { authorization: `Bearer ${state.key}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json().catch(() => ({})) };
}

function showError(body) {
  const issues = (body.issues ?? []).map((issue) => `${issue.path || '(request)'}: ${issue.message}`);
  const more = body.moreIssues ? [`… and ${body.moreIssues} more`] : [];
  $('error').textContent = [body.message ?? 'The service did not answer.', ...issues, ...more].join('\n');
  $('error').hidden = false;
}

function clearError() {
  $('error').hidden = true;
}

function options(select, items, value, label) {
  select.replaceChildren(...items.map((item, index) => el('option', label(item), { value: value(item, index) })));
}

async function signIn() {
  const { status, body } = await call('GET', '/clients');
  if (status !== 200) {
    $('who').textContent = '';
    return showError(body);
  }
  clearError();
  sessionStorage.setItem('savedesk-key', state.key);
  options($('client'), body, (client) => client.id, (client) => client.name);
  await pickClient();
}

async function pickClient() {
  const { status, body } = await call('GET', `/clients/${encodeURIComponent($('client').value)}`);
  if (status !== 200) return showError(body);
  if (body.caller.portal) return showError({ message: "This is a portal key: the agent's screen needs an agent's key." });
  state.client = body;
  $('who').textContent = `${body.caller.agentId} · ${body.caller.level}`;
  options($('sample'), body.samples, (_, index) => String(index), (sample) => sample.label);
  options($('reason'), body.reasons, (reason) => reason.code, (reason) => reason.label);
  pickSample();
}

function pickSample() {
  const sample = state.client.samples[Number($('sample').value)];
  if (sample === undefined) return;
  $('reason').value = sample.reason.code;
  $('fault').value = sample.reason.fault ?? 'unknown';
  $('channel').value = sample.channel === 'portal' ? 'phone' : sample.channel;
  $('note').value = sample.reason.note ?? '';
  const returned = new Map(sample.lines.map((line) => [line.sku, line.quantity]));
  const items = sample.order.items.map((item) => {
    const line = el('li', `${item.quantity} × ${item.name ?? item.sku} — ${item.unitPrice} ${sample.order.currency}`);
    if (returned.has(item.sku)) line.append(' ', el('strong', `returning ${returned.get(item.sku)}`, { class: 'badge returning' }));
    return line;
  });
  const customer = sample.customer;
  const facts = [customer.segment && `segment ${customer.segment}`, customer.since && `customer since ${customer.since}`, customer.concessions?.length && `${customer.concessions.length} concessions given outside savedesk`].filter(Boolean);
  $('order').replaceChildren(
    el('p', `${customer.name ?? customer.id} · order ${sample.order.id}, delivered ${sample.order.deliveredAt ?? '—'}`),
    ...(facts.length > 0 ? [el('p', facts.join(' · '), { class: 'muted' })] : []),
    el('ul', undefined, { class: 'items' }),
  );
  $('order').querySelector('.items').replaceChildren(...items);
}

async function decide() {
  const sample = state.client.samples[Number($('sample').value)];
  const note = $('note').value.trim();
  const request = {
    id: `call-${crypto.randomUUID().slice(0, 13)}`,
    channel: $('channel').value,
    customer: sample.customer,
    order: sample.order,
    lines: sample.lines,
    reason: { code: $('reason').value, fault: $('fault').value, ...(note === '' ? {} : { note }) },
  };
  const { status, body } = await call('POST', `/clients/${encodeURIComponent(state.client.id)}/decisions`, request);
  if (status !== 201) return showError(body);
  clearError();
  state.decision = body.decision;
  state.decided = false;
  showDecision(body.decision);
}

function approvalBadge(offer) {
  return offer.approval === null
    ? el('span', 'you may give it', { class: 'badge ok' })
    : el('span', `needs ${offer.approval.level} approval`, { class: 'badge approval' });
}

function offerItem(offer, currency) {
  const item = el('li', undefined, { 'data-offer': offer.offerId });
  const head = el('div', undefined, { class: 'offer-head' });
  head.append(el('span', `#${offer.rank}`, { class: 'rank' }), el('strong', offer.label), approvalBadge(offer));
  const numbers = el('dl', undefined, { class: 'numbers' });
  for (const [term, value] of [['cost to us', offer.cost], ['value to customer', offer.customerValue], ['expected saving', offer.expectedSaving]]) {
    numbers.append(el('dt', term), el('dd', `${value} ${currency}`));
  }
  const why = el('p', `${offer.kind} · because ${offer.because.join(', ')}`, { class: 'muted' });
  const actions = el('div', undefined, { class: 'offer-actions' });
  const accept = el('button', 'Customer accepts', { type: 'button', class: 'accept' });
  if (offer.approval !== null) {
    const approver = el('input', undefined, { type: 'password', class: 'approver', placeholder: `${offer.approval.level}'s key`, 'aria-label': `Key of the ${offer.approval.level} who approves` });
    actions.append(approver);
    accept.addEventListener('click', () => settle('accept', { offerId: offer.offerId, approverKey: approver.value || undefined }));
  } else {
    accept.addEventListener('click', () => settle('accept', { offerId: offer.offerId }));
  }
  actions.append(accept);
  item.append(head, numbers, why, actions);
  return item;
}

function showDecision(decision) {
  $('decision').hidden = false;
  $('result').hidden = true;
  $('request-id').textContent = decision.requestId;
  $('offers').replaceChildren(...decision.offers.map((offer) => offerItem(offer, decision.currency)));
  $('no-offers').hidden = decision.offers.length > 0;
  $('fallback').textContent = decision.fallback.refund === undefined ? '' : `Otherwise: return, refund ${decision.fallback.refund} ${decision.currency}`;
  $('guidance').replaceChildren(...(decision.guidance.length > 0 ? decision.guidance.map((note) => el('li', note.text)) : [el('li', 'none', { class: 'muted' })]));
  $('follow-ups').replaceChildren(
    ...(decision.followUps.length > 0
      ? decision.followUps.map((followUp) => el('li', `${followUp.purpose} by ${followUp.channel} in ${followUp.afterDays} days`))
      : [el('li', 'none', { class: 'muted' })]),
  );
  $('flags').replaceChildren(...decision.flags.map((flag) => el('span', flag, { class: 'badge flag' })));
  $('withheld').replaceChildren(...decision.withheld.map((withheld) => el('li', `${withheld.offerId}: ${withheld.why} — ${withheld.detail}`)));
  setSettled(false);
}

function setSettled(settled) {
  state.decided = settled;
  for (const button of document.querySelectorAll('#decision button')) button.disabled = settled;
}

function showResult(kind, text) {
  const result = $('result');
  result.className = kind;
  result.textContent = text;
  result.hidden = false;
}

async function settle(action, body) {
  const path = `/clients/${encodeURIComponent(state.client.id)}/decisions/${encodeURIComponent(state.decision.requestId)}/${action}`;
  const { status, body: answer } = await call('POST', path, body);
  if (status === 201) {
    setSettled(true);
    if (action === 'decline') return showResult('done', 'Recorded: the customer declined every offer. Process the return.');
    const { concession } = answer;
    return showResult('done', `Accepted: ${concession.offerId ?? body.offerId}, costing us ${concession.cost} ${state.decision.currency}. Recorded in the ledger.`);
  }
  // A refusal leaves the other offers open: the agent may try another.
  // The issues say why (the cap, the stock, the approval); the message is only the summary.
  const why = (answer.issues ?? []).map((issue) => issue.message);
  return showResult('refused', `Refused (${answer.error}): ${why.length > 0 ? why.join('; ') : answer.message}`);
}

$('key').value = state.key;
$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.key = $('key').value.trim();
  signIn();
});
$('client').addEventListener('change', pickClient);
$('sample').addEventListener('change', pickSample);
$('call-form').addEventListener('submit', (event) => {
  event.preventDefault();
  decide();
});
$('decline').addEventListener('click', () => settle('decline'));
if (state.key !== '') signIn();
