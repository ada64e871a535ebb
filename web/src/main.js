// The script of the page written by `dipgraph view` (package graph/view).
//
// It reads the graph from <script id="graph-data" type="application/json">
// (the nodes/links JSON of export.WriteJSON), draws it with Cytoscape.js and
// wires the controls. State the browser test reads is kept on <body>:
// data-nodes / data-edges (elements drawn), data-ready ("1" once drawn),
// data-errors (count of script errors and console.error calls).
import cytoscape from 'cytoscape';

const body = document.body;
let errors = 0;
function noteError() {
  errors++;
  body.dataset.errors = String(errors);
}
window.addEventListener('error', noteError);
window.addEventListener('unhandledrejection', noteError);
const consoleError = console.error.bind(console);
console.error = (...args) => {
  noteError();
  consoleError(...args);
};
body.dataset.errors = '0';

const TYPE_COLOURS = {
  MET_WITH: '#4e79a7',
  PHONE_CALL: '#f28e2b',
  CO_CHAIRED: '#59a14f',
  VISITED: '#b07aa1',
};
const TYPE_NAMES = {
  MET_WITH: '会见/会谈',
  PHONE_CALL: '通电话',
  CO_CHAIRED: '共同主持',
  VISITED: '访问',
};
// Tableau 20, reordered so that neighbours differ.
const PALETTE = [
  '#e15759', '#4e79a7', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948',
  '#ff9da7', '#9c755f', '#a0cbe8', '#8cd17d', '#ffbe7d', '#d4a6c8', '#86bcb6',
  '#f1ce63', '#fabfd2', '#d7b5a6', '#499894', '#79706e', '#bab0ac',
];
const UNKNOWN = '#c8c8c8';

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k === 'style') e.style.cssText = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c == null) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function hashColour(s) {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.codePointAt(0)) >>> 0;
  return `hsl(${h % 360}, 45%, 55%)`;
}

// month returns the YYYY-MM of a date string, or '' when undated.
function month(d) {
  return d && d.length >= 7 ? d.slice(0, 7) : '';
}

function range(first, last) {
  if (!first && !last) return '日期不详';
  if (first === last) return first;
  return `${first || '?'} – ${last || '?'}`;
}

function main() {
  const dataEl = document.getElementById('graph-data');
  const data = JSON.parse(dataEl.textContent);
  const nodes = data.nodes || [];
  const links = data.links || [];

  // Colours: the most frequent countries get palette colours.
  const countryCount = new Map();
  for (const n of nodes) {
    const c = n.label === 'Country' ? n.name : n.country;
    if (c) countryCount.set(c, (countryCount.get(c) || 0) + 1);
  }
  const countries = [...countryCount.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const colour = new Map();
  countries.forEach(([c], i) => colour.set(c, i < PALETTE.length ? PALETTE[i] : hashColour(c)));

  // Months of all events, for the date filter.
  const monthSet = new Set();
  let undated = false;
  for (const l of links) {
    for (const d of l.dates || []) {
      const m = month(d);
      if (m) monthSet.add(m);
      else undated = true;
    }
  }
  const months = [...monthSet].sort();

  const maxDegree = Math.max(1, ...nodes.map((n) => n.degree || 0));
  const elements = [];
  for (const n of nodes) {
    const c = n.label === 'Country' ? n.name : n.country;
    elements.push({
      group: 'nodes',
      data: {
        id: n.id,
        name: n.name || n.id,
        kind: n.label,
        colour: colour.get(c) || UNKNOWN,
        size: 14 + 36 * Math.sqrt((n.degree || 0) / maxDegree),
        raw: n,
      },
      classes: n.label === 'Country' ? 'country' : 'person',
    });
  }
  links.forEach((l, i) => {
    elements.push({
      group: 'edges',
      data: {
        id: 'e' + i,
        source: l.source,
        target: l.target,
        type: l.type,
        count: l.count,
        colour: TYPE_COLOURS[l.type] || '#888',
        width: 1,
        raw: l,
      },
    });
  });

  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements,
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          width: 'data(size)',
          height: 'data(size)',
          label: 'data(name)',
          'font-size': 11,
          'font-family': 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", sans-serif',
          'text-valign': 'bottom',
          'text-margin-y': 3,
          color: '#222',
          'text-outline-color': '#fff',
          'text-outline-width': 2,
          'border-width': 1,
          'border-color': '#fff',
        },
      },
      { selector: 'node.country', style: { shape: 'round-rectangle', 'border-color': '#555', 'border-style': 'dashed' } },
      {
        selector: 'edge',
        style: {
          width: 'data(width)',
          'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)',
          opacity: 0.75,
          'curve-style': 'bezier',
        },
      },
      { selector: 'edge[type = "VISITED"]', style: { 'target-arrow-shape': 'triangle', 'line-style': 'dashed' } },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#000', opacity: 1 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
    layout: { name: 'preset' },
  });

  const tooltip = document.getElementById('tooltip');
  const panel = document.getElementById('panel');
  const fromInput = document.getElementById('from');
  const toInput = document.getElementById('to');
  const rangeLabel = document.getElementById('range');

  let lo = '';
  let hi = '';
  // inRange says whether an event date passes the current filter. Undated
  // events pass only while the filter spans every month.
  function inRange(d) {
    const m = month(d);
    if (!m) return lo === '' && hi === '';
    return (lo === '' || m >= lo) && (hi === '' || m <= hi);
  }

  function applyFilter() {
    cy.batch(() => {
      const maxCount = Math.max(1, ...links.map((l) => l.count || 1));
      cy.edges().forEach((e) => {
        const l = e.data('raw');
        const dates = l.dates || [];
        const n = dates.length ? dates.filter(inRange).length : lo === '' && hi === '' ? l.count : 0;
        e.data('shown', n);
        e.data('width', 1 + 9 * Math.sqrt(n / maxCount));
        e.toggleClass('hidden', n === 0);
      });
      cy.nodes().forEach((n) => {
        const visible = n.connectedEdges().filter((e) => !e.hasClass('hidden')).length > 0;
        n.toggleClass('hidden', !visible && n.degree(false) > 0);
      });
    });
    const shownNodes = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    const shownEdges = cy.edges().filter((e) => !e.hasClass('hidden')).length;
    body.dataset.nodes = String(shownNodes);
    body.dataset.edges = String(shownEdges);
    document.getElementById('counts').textContent = `${shownNodes} 个节点 · ${shownEdges} 条边`;
  }

  function onSlider() {
    let a = Number(fromInput.value);
    let b = Number(toInput.value);
    if (a > b) [a, b] = [b, a];
    const full = a === 0 && b === months.length - 1;
    lo = full ? '' : months[a];
    hi = full ? '' : months[b];
    rangeLabel.textContent = months.length ? `${months[a]} – ${months[b]}${full && undated ? '（含日期不详）' : ''}` : '无日期';
    applyFilter();
  }
  fromInput.max = toInput.max = String(Math.max(0, months.length - 1));
  fromInput.value = '0';
  toInput.value = String(Math.max(0, months.length - 1));
  fromInput.disabled = toInput.disabled = months.length < 2;
  fromInput.addEventListener('input', onSlider);
  toInput.addEventListener('input', onSlider);
  onSlider();

  // Layout after the filter so that hidden elements do not take space.
  const big = nodes.length > 1500;
  cy.layout({
    name: big ? 'concentric' : 'cose',
    animate: false,
    randomize: true,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 80,
    nodeRepulsion: () => 80000,
    numIter: nodes.length > 400 ? 300 : 1000,
    padding: 30,
    concentric: (n) => n.degree(false),
  }).run();

  // Legend.
  const legend = document.getElementById('legend');
  for (const [c] of countries.slice(0, 14)) {
    legend.append(el('span', { class: 'chip' }, el('i', { style: `background:${colour.get(c)}` }), c));
  }
  for (const [t, col] of Object.entries(TYPE_COLOURS)) {
    if (links.some((l) => l.type === t)) {
      legend.append(el('span', { class: 'chip' }, el('b', { style: `background:${col}` }), TYPE_NAMES[t] || t));
    }
  }

  // Hover: offices, countries and dates.
  function describeNode(n) {
    const raw = n.data('raw');
    const edges = n.connectedEdges().filter((e) => !e.hasClass('hidden'));
    let first = '';
    let last = '';
    edges.forEach((e) => {
      const l = e.data('raw');
      if (l.first && (!first || l.first < first)) first = l.first;
      if (l.last && (!last || l.last > last)) last = l.last;
    });
    const lines = [el('b', null, raw.name || raw.id)];
    if (raw.office) lines.push(el('div', null, raw.office));
    if (raw.label === 'Person' && raw.country) lines.push(el('div', null, raw.country));
    lines.push(el('div', { class: 'muted' }, `${raw.degree || 0} 个联系对象 · ${range(first, last)}`));
    return lines;
  }
  function describeEdge(e) {
    const l = e.data('raw');
    const s = e.source().data('name');
    const t = e.target().data('name');
    return [
      el('b', null, `${s} — ${t}`),
      el('div', null, `${TYPE_NAMES[l.type] || l.type} × ${e.data('shown')}`),
      el('div', { class: 'muted' }, range(l.first, l.last)),
    ];
  }
  cy.on('mouseover', 'node, edge', (ev) => {
    const t = ev.target;
    tooltip.replaceChildren(...(t.isNode() ? describeNode(t) : describeEdge(t)));
    tooltip.style.display = 'block';
  });
  cy.on('mousemove', (ev) => {
    const p = ev.renderedPosition || { x: 0, y: 0 };
    tooltip.style.left = p.x + 14 + 'px';
    tooltip.style.top = p.y + 14 + 'px';
  });
  cy.on('mouseout', 'node, edge', () => {
    tooltip.style.display = 'none';
  });

  // Click: evidence sentences with article links.
  function evidenceList(l) {
    const list = el('ol', { class: 'evidence' });
    for (const ev of l.evidence || []) {
      if (!inRange(ev.date)) continue;
      const label = ev.title || ev.path || ev.article || '来源';
      const href = ev.url || (ev.path ? 'file://' + encodeURI(ev.path) : '');
      const link = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : el('span', null, label);
      list.append(el('li', null, el('div', { class: 'muted' }, ev.date || '日期不详', ' · ', link), el('div', null, ev.sentence || '')));
    }
    return list;
  }
  function showEdges(title, edges) {
    const parts = [el('h2', null, title)];
    edges.forEach((e) => {
      const l = e.data('raw');
      parts.push(el('h3', null, `${e.source().data('name')} — ${e.target().data('name')} · ${TYPE_NAMES[l.type] || l.type} × ${e.data('shown')}`));
      parts.push(el('div', { class: 'muted' }, range(l.first, l.last)));
      parts.push(evidenceList(l));
    });
    panel.replaceChildren(...parts);
    panel.scrollTop = 0;
    body.dataset.evidence = String(panel.querySelectorAll('.evidence li').length);
  }
  cy.on('tap', 'edge', (ev) => showEdges('证据', ev.target));
  cy.on('tap', 'node', (ev) => {
    const n = ev.target;
    const raw = n.data('raw');
    const edges = n.connectedEdges().filter((e) => !e.hasClass('hidden'));
    showEdges(`${raw.name || raw.id}${raw.office ? ' · ' + raw.office : ''}`, edges);
  });

  // The location hash can preset the view: #from=2024-01&to=2024-06&select=<node id>.
  const params = new URLSearchParams(location.hash.slice(1));
  if (months.length && (params.has('from') || params.has('to'))) {
    const f = (params.get('from') || '').slice(0, 7);
    const t = (params.get('to') || '').slice(0, 7);
    let a = f ? months.findIndex((m) => m >= f) : 0;
    if (a < 0) a = months.length - 1;
    let b = months.length - 1;
    if (t) {
      b = -1;
      months.forEach((m, i) => {
        if (m <= t) b = i;
      });
      if (b < 0) b = 0;
    }
    fromInput.value = String(a);
    toInput.value = String(b);
    onSlider();
  }
  if (params.has('select')) {
    const target = cy.getElementById(params.get('select'));
    if (target.nonempty()) {
      target.select();
      target.emit('tap');
    }
  }

  body.dataset.ready = '1';
  window.dipgraph = { cy, applyFilter };
}

try {
  main();
} catch (err) {
  noteError();
  consoleError(err);
  document.getElementById('counts').textContent = '无法绘制图: ' + err;
}
