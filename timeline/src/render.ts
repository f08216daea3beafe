// The timeline: a story's facts on a time axis, one lane per story or per actor. d3 does the axis,
// the time scale and zoom/pan; the marks are plain SVG joined with d3-selection. Runs in a VS Code
// webview and in the standalone page (`factmark timeline --html`); what "open" means is the host's.
import { axisTop } from 'd3-axis';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { utcParse } from 'd3-time-format';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimelineFact, TimelineLocation, TimelineModel } from './model.js';
import { STATUSES, STATUS_SHAPE, statusPath } from './shapes.js';

/** What "open" does: the VS Code extension opens the file; the standalone page has no host. */
export interface TimelineHost {
  openFact?(fact: TimelineFact): void;
  openArticle?(location: TimelineLocation): void;
  /** Called when the lane mode or the selection changes, so a webview can keep it across reloads. */
  saveState?(state: TimelineState): void;
}

export type LaneMode = 'story' | 'actor';

export interface TimelineState {
  lanes: LaneMode;
  selected?: string;
}

export interface TimelineView {
  /** Facts drawn (each once, whatever the lanes). */
  readonly drawn: number;
  /** Draws another model (the registry changed) keeping the lane mode, selection and zoom. */
  update(model: TimelineModel): void;
  setLanes(mode: LaneMode): void;
  select(id: string): void;
  destroy(): void;
}

const DAY = 86_400_000;
const ROW = 22; // px per row of marks
const LANE_PAD = 10;
const AXIS_H = 40;
/** Fact labels beside the marks only for registries this small (a big one reads through the details pane). */
const MAX_LABELLED = 400;
const parseDay = utcParse('%Y-%m-%d');

interface Lane {
  key: string;
  label: string;
  title: string;
  roles: { title: string; from?: Date; to?: Date }[];
  y: number;
  height: number;
  rows: number;
  /** Every mark of the lane (echoes too), its group, and whether it is in or near view. */
  marks: Mark[];
  group?: SVGGElement;
  shown: boolean;
  /** The zoom changed while the lane was out of view: place its marks when it comes back. */
  stale: boolean;
}

interface Mark {
  fact: TimelineFact;
  lane: Lane;
  row: number;
  start?: Date;
  end?: Date;
  /** The fact's own mark (focusable); an echo repeats it in another actor's lane. */
  primary: boolean;
  y: number;
  inArticle: boolean;
  /** Its group in the SVG, and its span bar (a fact over several days). */
  node?: SVGGElement;
  span?: SVGRectElement;
}

const RING = 'M-10,0a10,10 0 1,0 20,0a10,10 0 1,0 -20,0Z';
const SEL_RING = 'M-13,0a13,13 0 1,0 26,0a13,13 0 1,0 -26,0Z';

function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));
}

/** The first and last day of a fact, from the model's bounds or its date as written. */
function bounds(f: TimelineFact): { start: Date; end: Date } | undefined {
  const first = f.start ?? /^\d{4}-\d{2}-\d{2}/.exec(f.date)?.[0];
  const last = f.end ?? f.start ?? /(\d{4}-\d{2}-\d{2})$/.exec(f.date)?.[1];
  const s = first ? parseDay(first) : null;
  const e = last ? parseDay(last) : null;
  return s ? { start: s, end: e && e >= s ? e : s } : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function basename(uri: string): string {
  const path = uri.replace(/[?#].*$/, '');
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}

/** Draws `model` into `root` (emptied first). */
export function renderTimeline(root: HTMLElement, first: TimelineModel, host: TimelineHost = {}, state: Partial<TimelineState> = {}): TimelineView {
  let model = first;
  let mode: LaneMode = state.lanes ?? 'story';
  let selected: string | undefined = state.selected;
  let marks: Mark[] = [];
  let lanes: Lane[] = [];
  let byId = new Map<string, Mark>();
  let laneMarks = new Map<Lane, Mark[]>();
  let drawn = 0;

  root.replaceChildren();
  root.removeAttribute('aria-busy');
  root.classList.add('fm-timeline');

  // Toolbar: lane mode, zoom, legend.
  const toolbar = el('div', 'fm-toolbar');
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Timeline');
  const laneGroup = el('div', 'fm-lanes-toggle');
  laneGroup.setAttribute('role', 'radiogroup');
  laneGroup.setAttribute('aria-label', 'One lane per');
  laneGroup.append(el('span', 'fm-toolbar-label', 'Lanes:'));
  const laneButtons = (['story', 'actor'] as const).map((m) => {
    const b = el('button', 'fm-button', m === 'story' ? 'by story' : 'by actor');
    b.type = 'button';
    b.setAttribute('role', 'radio');
    b.dataset.lanes = m;
    b.addEventListener('click', () => view.setLanes(m));
    laneGroup.append(b);
    return b;
  });
  const zoomGroup = el('div', 'fm-zoom');
  const zoomButton = (label: string, title: string, f: () => void): HTMLButtonElement => {
    const b = el('button', 'fm-button', label);
    b.type = 'button';
    b.title = title;
    b.setAttribute('aria-label', title);
    b.addEventListener('click', f);
    zoomGroup.append(b);
    return b;
  };
  zoomButton('+', 'Zoom in (+)', () => zoomBy(2));
  zoomButton('−', 'Zoom out (-)', () => zoomBy(0.5));
  zoomButton('Fit', 'Show every fact (0)', () => resetZoom());
  const legend = el('ul', 'fm-legend');
  legend.setAttribute('aria-label', 'Statuses');
  for (const s of STATUSES) {
    const li = el('li', `fm-legend-item status-${s}`);
    li.innerHTML = `<svg width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true"><path class="fm-shape" d="${statusPath(s)}"/></svg>`;
    li.append(el('span', undefined, s));
    li.title = `${s}: ${STATUS_SHAPE[s]}`;
    legend.append(li);
  }
  const markers = el('ul', 'fm-legend fm-legend-lines');
  markers.innerHTML =
    '<li><span class="fm-swatch fm-swatch-today" aria-hidden="true"></span>today</li>' +
    '<li class="fm-has-article"><span class="fm-swatch fm-swatch-article" aria-hidden="true"></span>article date</li>' +
    '<li class="fm-has-article"><span class="fm-swatch fm-swatch-claim" aria-hidden="true"></span>stated in this article</li>';
  toolbar.append(laneGroup, zoomGroup, legend, markers);

  const status = el('div', 'fm-status');
  status.setAttribute('role', 'status');
  const body = el('div', 'fm-body');
  const chart = el('div', 'fm-chart');
  const details = el('aside', 'fm-details');
  details.setAttribute('aria-label', 'Selected fact');
  details.setAttribute('aria-live', 'polite');
  body.append(chart, details);
  root.append(toolbar, status, body);

  const axisSvg = select(chart).append('svg').attr('class', 'fm-axis-svg').attr('height', AXIS_H);
  const axisG = axisSvg.append('g').attr('class', 'fm-axis').attr('transform', `translate(0,${AXIS_H - 2})`);
  const scroller = select(chart).append('div').attr('class', 'fm-scroller');
  // tabindex -1: Chromium would otherwise make the svg itself a tab stop before the marks' one.
  const svg = scroller.append('svg').attr('class', 'fm-svg').attr('role', 'application').attr('aria-roledescription', 'timeline').attr('tabindex', -1);
  svg.append('defs').html(
    `<marker id="fm-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="fm-arrowhead" d="M0,0L10,5L0,10Z"/></marker>` +
      `<clipPath id="fm-clip"><rect class="fm-clip-rect"/></clipPath>`,
  );
  const laneLayer = svg.append('g').attr('class', 'fm-lanes');
  const plot = svg.append('g').attr('clip-path', 'url(#fm-clip)');
  const roleLayer = plot.append('g').attr('class', 'fm-roles');
  const lineLayer = plot.append('g').attr('class', 'fm-lines');
  const arrowLayer = plot.append('g').attr('class', 'fm-arrows');
  const markLayer = plot.append('g').attr('class', 'fm-marks');
  const selRing = plot.append('path').attr('class', 'fm-sel-ring').attr('d', SEL_RING).attr('display', 'none').attr('aria-hidden', 'true');
  const labelLayer = svg.append('g').attr('class', 'fm-lane-labels');
  const lineAxis = axisSvg.append('g').attr('class', 'fm-axis-lines');

  let width = 800;
  /** The scroller's height, read before drawing (reading it after would lay out every mark). */
  let viewHeight = 900;
  /** Lane labels' width: up to 170 px, less in a narrow panel. */
  let labelW = 170;
  let x: ScaleTime<number, number> = scaleUtc();
  let zx: ScaleTime<number, number> = x;
  let transform = zoomIdentity;
  let labelled = false;
  let frame = 0;

  const zoomer: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.25, 5000])
    // Plain wheel scrolls the lanes; Ctrl/⌘ + wheel (and pinch) zooms; drag pans.
    .filter((event: Event) => {
      const e = event as MouseEvent & WheelEvent;
      if (e.type === 'wheel') return e.ctrlKey || e.metaKey;
      if (e.type === 'dblclick') return false;
      return !e.button;
    })
    .on('zoom', (e: D3ZoomEvent<SVGSVGElement, unknown>) => {
      transform = e.transform;
      zx = transform.rescaleX(x);
      if (!frame) frame = requestAnimationFrame(() => {
        frame = 0;
        place();
      });
    });
  // The axis zooms with the plain wheel too: it has nothing to scroll.
  const axisZoom = (event: WheelEvent): void => {
    event.preventDefault();
    const k = Math.pow(2, -event.deltaY * (event.deltaMode ? 0.05 : 0.002));
    const svgNode = svg.node();
    if (svgNode) zoomer.scaleBy(select(svgNode), k, [event.offsetX, 0]);
  };
  axisSvg.on('wheel', axisZoom);
  svg.call(zoomer);

  /** Where facts without a readable date sit: just right of the lane labels, whatever the zoom. */
  function undatedX(): number {
    return labelW + 14;
  }

  function zoomBy(k: number): void {
    const n = svg.node();
    if (n) zoomer.scaleBy(select(n), k, [(labelW + width) / 2, 0]);
  }
  function resetZoom(): void {
    const n = svg.node();
    if (n) zoomer.transform(select(n), zoomIdentity);
  }

  function layout(): void {
    const start = performance.now();
    const focusIds = new Set((model.focus?.claims ?? []).map((c) => c.fact));
    const laneByKey = new Map<string, Lane>();
    lanes = [];
    const addLane = (key: string, label: string, title: string, roles: Lane['roles'] = []): Lane => {
      let l = laneByKey.get(key);
      if (!l) {
        l = { key, label, title, roles, y: 0, height: 0, rows: 1, marks: [], shown: true, stale: false };
        laneByKey.set(key, l);
        lanes.push(l);
      }
      return l;
    };
    const actorById = new Map(model.actors.map((a) => [a.id, a]));
    if (mode === 'story') {
      for (const s of model.stories) addLane(`story:${s.id}`, s.label, `Story ${s.label} (${basename(s.uri)})`);
    } else {
      // Actors in the order their first fact appears, so related lanes sit together.
      for (const f of model.facts) {
        for (const id of f.actors) {
          const a = actorById.get(id);
          const roles = (a?.roles ?? []).map((r) => ({
            title: r.title,
            ...(r.from ? { from: parseDay(r.from) ?? undefined } : {}),
            ...(r.to ? { to: parseDay(r.to) ?? undefined } : {}),
          }));
          const roleText = a?.roles.length ? `: ${a.roles.map((r) => `${r.title} (${r.from ?? '…'}–${r.to ?? '…'})`).join('; ')}` : '';
          addLane(`actor:${id}`, a?.name ?? id, `${a?.name ?? id}${a ? ` · ${a.type}` : ''}${roleText}`, roles);
        }
      }
    }
    marks = [];
    byId = new Map();
    for (const f of model.facts) {
      const b = bounds(f);
      const keys = mode === 'story' ? [`story:${f.story}`] : f.actors.length ? f.actors.map((a) => `actor:${a}`) : [];
      if (!keys.length) keys.push(mode === 'story' ? `story:${f.story}` : 'none');
      keys.forEach((key, i) => {
        const lane = laneByKey.get(key) ?? addLane(key, key === 'none' ? 'No actor' : key.replace(/^\w+:/, ''), key === 'none' ? 'Facts that name no actor' : key);
        const m: Mark = { fact: f, lane, row: 0, ...(b ? { start: b.start, end: b.end } : {}), primary: i === 0, y: 0, inArticle: focusIds.has(f.id) };
        marks.push(m);
        if (i === 0) byId.set(f.id, m);
      });
    }
    drawn = byId.size;
    labelled = drawn <= MAX_LABELLED;

    // The time domain: every fact, today and the article's date, padded.
    const times: number[] = [];
    for (const m of marks) if (m.start && m.end) times.push(m.start.getTime(), m.end.getTime());
    const today = parseDay(model.today);
    const asOf = model.focus ? parseDay(model.focus.date) : null;
    if (asOf) times.push(asOf.getTime());
    let lo = Infinity;
    let hi = -Infinity;
    for (const t of times) {
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    if (!times.length) [lo, hi] = today ? [today.getTime() - 30 * DAY, today.getTime()] : [Date.now() - 30 * DAY, Date.now()];
    // Today joins the first view when it is near the facts; else its label waits at the edge.
    if (today && today.getTime() > hi && today.getTime() - hi < (hi - lo) * 0.5) hi = today.getTime();
    if (today && today.getTime() < lo && lo - today.getTime() < (hi - lo) * 0.5) lo = today.getTime();
    const pad = Math.max(2 * DAY, (hi - lo) * 0.04);
    width = Math.max(240, chart.clientWidth || 800);
    viewHeight = scroller.node()?.clientHeight || 900;
    labelW = Math.round(Math.min(170, Math.max(80, width * 0.2)));
    x = scaleUtc()
      .domain([new Date(lo - pad), new Date(hi + pad + DAY)])
      .range([labelW + 34, width - 16]);
    zx = transform.rescaleX(x);

    // Rows: in each lane, marks in date order take the first row free at their left edge.
    laneMarks = new Map();
    for (const m of marks) {
      const list = laneMarks.get(m.lane);
      if (list) list.push(m);
      else laneMarks.set(m.lane, [m]);
    }
    let y = 0;
    for (const lane of lanes) {
      const list = (laneMarks.get(lane) ?? []).sort((a, b) => (a.start?.getTime() ?? -Infinity) - (b.start?.getTime() ?? -Infinity) || (a.end?.getTime() ?? 0) - (b.end?.getTime() ?? 0));
      const rowEnds: number[] = [];
      for (const m of list) {
        const x0 = m.start ? x(m.start) - 8 : undatedX() - 8;
        const x1 = (m.end ? x(new Date(m.end.getTime() + DAY)) : undatedX()) + 8 + (labelled ? Math.min(220, m.fact.statement.length * 6) : 0);
        let row = rowEnds.findIndex((end) => end <= x0);
        if (row < 0) row = rowEnds.push(x1) - 1;
        else rowEnds[row] = x1;
        m.row = row;
      }
      lane.rows = Math.max(1, rowEnds.length);
      lane.y = y;
      lane.height = lane.rows * ROW + LANE_PAD * 2 + (lane.roles.length ? 8 : 0);
      y += lane.height;
      for (const m of list) m.y = lane.y + LANE_PAD + (lane.roles.length ? 8 : 0) + m.row * ROW + ROW / 2;
      lane.marks = list;
      laneMarks.set(lane, list.filter((m) => m.primary));
    }
    const height = Math.max(y, 60);
    svg.attr('width', width).attr('height', height);
    axisSvg.attr('width', width);
    svg.select('.fm-clip-rect').attr('x', labelW).attr('y', 0).attr('width', width - labelW).attr('height', height);
    draw(height);
    root.dataset.factsDrawn = String(drawn);
    root.dataset.layoutMs = String(Math.round(performance.now() - start));
    status.textContent = `${drawn} fact${drawn === 1 ? '' : 's'} in ${lanes.length} lane${lanes.length === 1 ? '' : 's'}${model.focus ? ` · ${focusIds.size} fact${focusIds.size === 1 ? '' : 's'} stated in ${basename(model.focus.uri)}` : ''}${model.indexing ? ' · still indexing the articles' : ''}`;
    root.classList.toggle('fm-with-article', !!model.focus);
    for (const b of laneButtons) b.setAttribute('aria-checked', String(b.dataset.lanes === mode));
  }

  function draw(height: number): void {
    // Lanes: bands and labels.
    laneLayer
      .selectAll<SVGRectElement, Lane>('rect')
      .data(lanes)
      .join('rect')
      .attr('class', (_, i) => `fm-lane ${i % 2 ? 'fm-lane-odd' : ''}`)
      .attr('x', 0)
      .attr('y', (l) => l.y)
      .attr('width', width)
      .attr('height', (l) => l.height);
    labelLayer
      .selectAll<SVGTextElement, Lane>('text')
      .data(lanes)
      .join('text')
      .attr('class', 'fm-lane-label')
      .attr('x', 8)
      .attr('y', (l) => l.y + LANE_PAD + 14)
      .text((l) => (l.label.length > 24 ? `${l.label.slice(0, 23)}…` : l.label))
      .selectAll('title')
      .data((l) => [l])
      .join('title')
      .text((l) => l.title);
    roleLayer
      .selectAll<SVGRectElement, { lane: Lane; role: Lane['roles'][number] }>('rect')
      .data(lanes.flatMap((lane) => lane.roles.map((role) => ({ lane, role }))))
      .join('rect')
      .attr('class', 'fm-role')
      .attr('height', 5)
      .attr('y', (d) => d.lane.y + 4)
      .selectAll('title')
      .data((d) => [d])
      .join('title')
      .text((d) => `${d.lane.label}: ${d.role.title}`);

    // Marks: one group per fact and lane, written as one string (thousands of marks parse far faster
    // than they append one by one): the shape; a bar for a span, a ring when the article states it,
    // a label in small registries, only where they apply. The selection ring is one shared element.
    const tabStop = (selected && byId.get(selected)) || marks.find((m) => m.primary);
    const parts: string[] = [];
    for (const lane of lanes) {
      // Hidden until showLanes() finds the lane in view: the browser never lays out the rest.
      parts.push('<g class="fm-lane-marks" display="none">');
      for (const m of lane.marks) {
        const f = m.fact;
        const cls = `fm-fact status-${f.status}${m.primary ? '' : ' fm-echo'}${m.inArticle ? ' fm-in-article' : ''}${m.start ? '' : ' fm-undated'}${m.primary && f.id === selected ? ' fm-selected' : ''}`;
        const attrs = m.primary ? ` tabindex="${m === tabStop ? 0 : -1}" role="button" aria-label="${escapeXml(describe(f))}"` : ' aria-hidden="true"';
        const span = m.start && m.end && m.end > m.start ? '<rect class="fm-span" y="-3" height="6" rx="3"/>' : '';
        const ring = m.inArticle ? `<path class="fm-ring" d="${RING}"/>` : '';
        const label = labelled && m.primary ? `<text class="fm-label" x="11" dy="0.32em">${escapeXml(f.statement.length > 36 ? `${f.statement.slice(0, 35)}…` : f.statement)}</text>` : '';
        parts.push(`<g class="${cls}" data-id="${escapeXml(f.id)}"${attrs}>${span}${ring}<path class="fm-shape" d="${statusPath(f.status)}"/>${label}</g>`);
      }
      parts.push('</g>');
    }
    const layer = markLayer.node();
    if (layer) {
      layer.innerHTML = parts.join('');
      lanes.forEach((lane, l) => {
        const group = layer.children.item(l);
        if (!(group instanceof SVGGElement)) return;
        lane.group = group;
        lane.shown = false;
        lane.stale = true;
        lane.marks.forEach((m, i) => {
          const g = group.children.item(i);
          if (!(g instanceof SVGGElement)) return;
          m.node = g;
          const first = g.firstElementChild;
          if (first instanceof SVGRectElement) m.span = first;
        });
      });
    }

    // Supersession: an arrow from the old fact to the one that replaced it.
    arrowLayer
      .selectAll<SVGPathElement, [Mark, Mark]>('path')
      .data(
        marks.flatMap((m) => {
          const next = m.primary && m.fact.supersededBy ? byId.get(m.fact.supersededBy) : undefined;
          return next ? [[m, next] as [Mark, Mark]] : [];
        }),
      )
      .join('path')
      .attr('class', 'fm-arrow')
      .attr('marker-end', 'url(#fm-arrow)')
      .attr('data-from', (d) => d[0].fact.id)
      .attr('data-to', (d) => d[1].fact.id);

    const lineData = [
      ...(parseDay(model.today) ? [{ key: 'today', label: 'today', date: parseDay(model.today) as Date }] : []),
      ...(model.focus && parseDay(model.focus.date) ? [{ key: 'article', label: 'article', date: parseDay(model.focus.date) as Date }] : []),
    ];
    lineLayer
      .selectAll<SVGLineElement, (typeof lineData)[number]>('line')
      .data(lineData, (d) => d.key)
      .join('line')
      .attr('class', (d) => `fm-line fm-line-${d.key}`)
      .attr('y1', 0)
      .attr('y2', height);
    lineAxis
      .selectAll<SVGTextElement, (typeof lineData)[number]>('text')
      .data(lineData, (d) => d.key)
      .join('text')
      .attr('class', (d) => `fm-line-label fm-line-${d.key}`)
      .attr('y', 10)
      .attr('text-anchor', 'middle')
      .text((d) => d.label);
    place();
  }

  /** Puts everything where the current zoom says (called on every zoom frame: attributes only). */
  function place(): void {
    const xOf = (m: Mark): number => (m.start ? zx(m.start) : undatedX());
    const tickCount = Math.max(2, Math.floor((width - labelW) / 110));
    axisG.call(axisTop(zx).ticks(tickCount).tickSizeOuter(0));
    // Only the lanes in or near view are placed (and displayed); the others when they scroll in.
    for (const lane of lanes) lane.stale = true;
    showLanes();
    placeSelection();
    arrowLayer.selectAll<SVGPathElement, [Mark, Mark]>('path').attr('d', ([a, b]) => {
      const x1 = xOf(a);
      const x2 = xOf(b);
      const y1 = a.y;
      const y2 = b.y;
      // Leave the marks' outlines clear; bow the curve so arrows on one row stay visible.
      const dx = x2 - x1;
      const dy = y2 - y1;
      const len = Math.hypot(dx, dy) || 1;
      const sx = x1 + (dx / len) * 9;
      const sy = y1 + (dy / len) * 9;
      const ex = x2 - (dx / len) * 10;
      const ey = y2 - (dy / len) * 10;
      const bow = Math.min(40, len / 3);
      return `M${sx.toFixed(1)},${sy.toFixed(1)}Q${((sx + ex) / 2).toFixed(1)},${((sy + ey) / 2 - bow).toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`;
    });
    roleLayer
      .selectAll<SVGRectElement, { lane: Lane; role: Lane['roles'][number] }>('rect')
      .attr('x', (d) => (d.role.from ? zx(d.role.from) : labelW))
      .attr('width', (d) => Math.max(0, (d.role.to ? zx(d.role.to) : width) - (d.role.from ? zx(d.role.from) : labelW)));
    lineLayer.selectAll<SVGLineElement, { date: Date }>('line').attr('x1', (d) => zx(d.date)).attr('x2', (d) => zx(d.date));
    // A day off screen keeps its label at the edge, pointing the way.
    const [left, right] = [labelW + 24, width - 24];
    lineAxis
      .selectAll<SVGTextElement, { date: Date; label: string }>('text')
      .attr('x', (d) => Math.min(right, Math.max(left, zx(d.date))))
      .text((d) => (zx(d.date) > right ? `${d.label} →` : zx(d.date) < left ? `← ${d.label}` : d.label));
  }

  function describe(f: TimelineFact): string {
    const inArticle = byId.get(f.id)?.inArticle ? ', stated in this article' : '';
    return `${f.statement} ${f.date}, ${f.status} (${STATUS_SHAPE[f.status]})${inArticle}${f.supersededBy ? `, superseded by ${f.supersededBy}` : ''}`;
  }

  function showDetails(): void {
    details.replaceChildren();
    const m = selected ? byId.get(selected) : undefined;
    if (!m) {
      details.append(el('p', 'fm-hint', 'Select a fact: click it, or focus the timeline and use the arrow keys; Enter opens its registry entry.'));
      return;
    }
    const f = m.fact;
    details.append(el('h2', `fm-details-title status-${f.status}`, f.statement));
    const dl = el('dl');
    const row = (k: string, v: string | Node): void => {
      dl.append(el('dt', undefined, k));
      const dd = el('dd');
      dd.append(v);
      dl.append(dd);
    };
    row('Date', f.date);
    const st = el('span', `fm-status-word status-${f.status}`);
    st.innerHTML = `<svg width="14" height="14" viewBox="-8 -8 16 16" aria-hidden="true"><path class="fm-shape" d="${statusPath(f.status)}"/></svg>`;
    st.append(` ${f.status}`);
    row('Status', st);
    row('Id', f.id);
    const story = model.stories.find((s) => s.id === f.story);
    row('Story', story?.label ?? f.story);
    if (f.actors.length) {
      const names = new Map(model.actors.map((a) => [a.id, a.name]));
      row('Actors', f.actors.map((a) => names.get(a) ?? a).join(', '));
    }
    const factLink = (id: string): Node => {
      const b = el('button', 'fm-link', byId.get(id)?.fact.statement ?? id);
      b.type = 'button';
      b.addEventListener('click', () => view.select(id));
      return b;
    };
    if (f.supersedes.length) {
      const span = el('span');
      f.supersedes.forEach((id) => span.append(factLink(id), ' '));
      row('Replaces', span);
    }
    if (f.supersededBy) row('Replaced by', factLink(f.supersededBy));
    const entry = el('button', 'fm-link', `${basename(f.location.uri)}:${f.location.range.start.line + 1}`);
    entry.type = 'button';
    entry.disabled = !host.openFact;
    entry.addEventListener('click', () => host.openFact?.(f));
    row('Registry', entry);
    dl.append(el('dt', undefined, `Articles (${f.articles.length})`));
    const list = el('dd');
    const ul = el('ul', 'fm-articles');
    const titles = new Map(model.articles.map((a) => [a.uri, a]));
    for (const a of f.articles) {
      const li = el('li');
      const art = titles.get(a.uri);
      const b = el('button', 'fm-link fm-article', `${art?.title ?? basename(a.uri)} (${basename(a.uri)}:${a.range.start.line + 1}, ${a.kind})`);
      b.type = 'button';
      b.dataset.uri = a.uri;
      b.disabled = !host.openArticle;
      b.addEventListener('click', () => host.openArticle?.(a));
      li.append(b);
      ul.append(li);
    }
    if (!f.articles.length) ul.append(el('li', 'fm-hint', 'No article states it.'));
    list.append(ul);
    dl.append(list);
    details.append(dl);
  }

  function markNode(id: string): SVGGElement | undefined {
    return byId.get(id)?.node;
  }

  /** Places a lane's marks where the current zoom says. */
  function placeLane(lane: Lane): void {
    for (const m of lane.marks) {
      const x0 = m.start ? zx(m.start) : undatedX();
      m.node?.setAttribute('transform', `translate(${x0.toFixed(1)},${m.y})`);
      if (m.span && m.start && m.end) m.span.setAttribute('width', Math.max(0, zx(new Date(m.end.getTime() + DAY)) - x0).toFixed(1));
    }
    lane.stale = false;
  }

  /** Shows the lanes within a screen of the visible part (placing the stale ones) and hides the rest, so the browser lays out only those. */
  function showLanes(): void {
    const box = scroller.node();
    const top = (box?.scrollTop ?? 0) - 600;
    const bottom = (box?.scrollTop ?? 0) + viewHeight + 600;
    // The lane holding the tab stop stays displayed, so Tab can always reach the chart.
    const stopLane = (selected ? byId.get(selected) : undefined)?.lane ?? lanes[0];
    for (const lane of lanes) {
      const shown = (lane.y < bottom && lane.y + lane.height > top) || lane === stopLane;
      if (shown && lane.stale) placeLane(lane);
      if (shown !== lane.shown) {
        lane.shown = shown;
        if (shown) lane.group?.removeAttribute('display');
        else lane.group?.setAttribute('display', 'none');
      }
    }
  }

  /** The shared selection ring, on the selected fact's mark. */
  function placeSelection(): void {
    const m = selected ? byId.get(selected) : undefined;
    const x0 = m ? (m.start ? zx(m.start) : undatedX()) : 0;
    selRing.attr('display', m ? null : 'none').attr('transform', m ? `translate(${x0.toFixed(1)},${m.y})` : null);
  }

  /** Pans so the fact's mark is in view (the zoom stays). */
  function reveal(m: Mark): void {
    const n = svg.node();
    const sx = m.start ? zx(m.start) : undatedX();
    if (n && (sx < labelW + 20 || sx > width - 20)) zoomer.translateBy(select(n), (labelW + width) / 2 - sx, 0);
    const box = scroller.node();
    if (box && (m.y < box.scrollTop + 10 || m.y > box.scrollTop + box.clientHeight - 10)) box.scrollTop = m.y - box.clientHeight / 2;
  }

  function choose(id: string, focus: boolean): void {
    const m = byId.get(id);
    if (!m) return;
    // Only the old and the new selection change (a registry has thousands of marks).
    const before = selected ? byId.get(selected) : undefined;
    const stop = markLayer.node()?.querySelector('g.fm-fact[tabindex="0"]');
    stop?.setAttribute('tabindex', '-1');
    before?.node?.classList.remove('fm-selected');
    selected = id;
    m.node?.classList.add('fm-selected');
    m.node?.setAttribute('tabindex', '0');
    placeSelection();
    arrowLayer.selectAll<SVGPathElement, [Mark, Mark]>('path').classed('fm-arrow-selected', ([a, b]) => a.fact.id === id || b.fact.id === id);
    reveal(m);
    showLanes(); // the mark's lane may just have scrolled into view: display it before it takes the focus
    if (focus) markNode(id)?.focus({ preventScroll: true });
    showDetails();
    host.saveState?.({ lanes: mode, selected: id });
  }

  let scrollFrame = 0;
  scroller.on('scroll', () => {
    if (!scrollFrame) scrollFrame = requestAnimationFrame(() => {
      scrollFrame = 0;
      showLanes();
    });
  });

  // Tooltips are made when the pointer first reaches a mark, not for every mark up front.
  markLayer.on('pointerover', (event: PointerEvent) => {
    const g = (event.target as Element).closest('g.fm-fact');
    const m = g ? byId.get(g.getAttribute('data-id') ?? '') : undefined;
    if (!g || !m || g.querySelector('title')) return;
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = `${m.fact.statement}\n${m.fact.date} · ${m.fact.status} · ${m.fact.id}`;
    g.append(title);
  });

  // Pointer: click selects and opens the registry entry.
  markLayer.on('click', (event: MouseEvent) => {
    const g = (event.target as Element).closest('g.fm-fact');
    const id = g?.getAttribute('data-id');
    const m = id ? byId.get(id) : undefined;
    if (!m) return;
    choose(m.fact.id, true);
    host.openFact?.(m.fact);
  });
  // Keyboard: arrows move through facts (left/right in a lane, up/down across lanes), Enter opens.
  svg.on('keydown', (event: KeyboardEvent) => {
    const g = (event.target as Element).closest?.('g.fm-fact');
    const id = g?.getAttribute('data-id') ?? selected;
    const cur = id ? byId.get(id) : undefined;
    const move = (to: Mark | undefined): void => {
      event.preventDefault();
      if (to) choose(to.fact.id, true);
    };
    switch (event.key) {
      case '+':
      case '=':
        event.preventDefault();
        return zoomBy(2);
      case '-':
        event.preventDefault();
        return zoomBy(0.5);
      case '0':
        event.preventDefault();
        return resetZoom();
    }
    if (!cur) return;
    const list = laneMarks.get(cur.lane) ?? [];
    const at = list.indexOf(cur);
    switch (event.key) {
      case 'ArrowRight':
        return move(list[at + 1]);
      case 'ArrowLeft':
        return move(at > 0 ? list[at - 1] : undefined);
      case 'Home':
        return move(list[0]);
      case 'End':
        return move(list.at(-1));
      case 'ArrowDown':
      case 'ArrowUp': {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        for (let i = lanes.indexOf(cur.lane) + step; i >= 0 && i < lanes.length; i += step) {
          const lane = lanes[i];
          const other = lane ? laneMarks.get(lane) : undefined;
          if (!other?.length) continue;
          const t = cur.start?.getTime() ?? 0;
          let best = other[0];
          for (const o of other) if (Math.abs((o.start?.getTime() ?? 0) - t) < Math.abs((best?.start?.getTime() ?? 0) - t)) best = o;
          return move(best);
        }
        event.preventDefault();
        return;
      }
      case 'Enter':
        event.preventDefault();
        choose(cur.fact.id, true);
        host.openFact?.(cur.fact);
        return;
      case ' ':
        event.preventDefault();
        choose(cur.fact.id, true);
        return;
    }
  });
  svg.on('focusin', (event: FocusEvent) => {
    const id = (event.target as Element).closest?.('g.fm-fact')?.getAttribute('data-id');
    if (id && id !== selected) choose(id, false);
  });

  let resizeTimer: ReturnType<typeof setTimeout> | undefined;
  const observer = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => {
        clearTimeout(resizeTimer);
        resizeTimer = setTimeout(() => {
          if (Math.abs((chart.clientWidth || 800) - width) > 2) layout();
        }, 100);
      })
    : undefined;
  observer?.observe(chart);

  const view: TimelineView = {
    get drawn() {
      return drawn;
    },
    update(next) {
      model = next;
      layout();
      if (selected && !byId.has(selected)) selected = undefined;
      showDetails();
    },
    setLanes(m) {
      mode = m;
      layout();
      if (selected) choose(selected, false);
      host.saveState?.({ lanes: mode, ...(selected ? { selected } : {}) });
    },
    select(id) {
      choose(id, true);
    },
    destroy() {
      observer?.disconnect();
      root.replaceChildren();
    },
  };
  layout();
  showDetails();
  if (selected && byId.has(selected)) choose(selected, false);
  return view;
}
