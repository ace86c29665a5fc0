// Lays out a trace (root, nodes, edges) in columns: the root on the left, each document one
// column right of the furthest document it hangs from, so a chain of implementation reads left
// to right even when every link of it also cites the root. Pure geometry, no DOM.

export const BOX = { width: 200, height: 70 };
const COLUMN_GAP = 110; // room for the relation label between two columns
const ROW_GAP = 18;
const MARGIN = 20;

function byDateThenNumber(nodes) {
  return (a, b) => {
    const na = nodes.get(a.child);
    const nb = nodes.get(b.child);
    return String(na?.date || '').localeCompare(String(nb?.date || ''))
      || String(na?.number || '').localeCompare(String(nb?.number || ''));
  };
}

/**
 * For every node, the edges leading one step away from it in the trace's direction: down, the
 * documents citing it (edges pointing at it); up, the documents it cites (edges leaving it).
 * Returns Map id → [{edge, child}], children by date.
 */
export function childEdges(trace, dir) {
  const nodes = new Map(trace.nodes.map((n) => [n.id, n]));
  const out = new Map();
  for (const edge of trace.edges) {
    const parent = dir === 'up' ? edge.from : edge.to;
    const child = dir === 'up' ? edge.to : edge.from;
    if (!nodes.has(parent) || !nodes.has(child)) continue;
    if (!out.has(parent)) out.set(parent, []);
    out.get(parent).push({ edge, child });
  }
  for (const list of out.values()) list.sort(byDateThenNumber(nodes));
  return out;
}

/**
 * A depth-first walk from the root, as `vanban trace` prints its tree: `children` are the tree
 * edges in visiting order, `backEdges` the edges that close a cycle (to a node still on the
 * walk's path), `postorder` every reached node, children before parents.
 */
export function depthFirst(trace, dir) {
  const edgesOf = childEdges(trace, dir);
  const children = new Map();
  const backEdges = new Set();
  const onPath = new Set();
  const visited = new Set([trace.root]);
  const postorder = [];
  // Iterative, so a long chain cannot overflow the call stack: [id, index of the next edge].
  const stack = [[trace.root, 0]];
  onPath.add(trace.root);
  children.set(trace.root, []);
  while (stack.length) {
    const top = stack[stack.length - 1];
    const list = edgesOf.get(top[0]) || [];
    if (top[1] >= list.length) {
      stack.pop();
      onPath.delete(top[0]);
      postorder.push(top[0]);
      continue;
    }
    const { edge, child } = list[top[1]++];
    if (onPath.has(child)) backEdges.add(edge);
    if (visited.has(child)) continue;
    visited.add(child);
    children.get(top[0]).push(child);
    children.set(child, []);
    onPath.add(child);
    stack.push([child, 0]);
  }
  return { edgesOf, children, backEdges, postorder };
}

/**
 * Each node's column: the longest path from the root over the edges that close no cycle
 * (reverse postorder is a topological order of those). Each node then hangs, for drawing, from
 * its first parent one column to its left.
 */
function columns(trace, walk) {
  const column = new Map([[trace.root, 0]]);
  const order = [...walk.postorder].reverse();
  for (const id of order) {
    for (const { edge, child } of walk.edgesOf.get(id) || []) {
      if (walk.backEdges.has(edge)) continue;
      column.set(child, Math.max(column.get(child) ?? 0, column.get(id) + 1));
    }
  }
  const hung = new Map(order.map((id) => [id, []]));
  const placed = new Set([trace.root]);
  for (const id of order) {
    for (const { child } of walk.edgesOf.get(id) || []) {
      if (placed.has(child) || column.get(child) !== column.get(id) + 1) continue;
      placed.add(child);
      hung.get(id).push(child);
    }
  }
  return { column, hung };
}

/**
 * Box positions: leaves take successive rows, a parent sits at the middle of its children.
 * Returns {positions: Map id → {x, y, column}, boxesByColumn: Map column → [position], width,
 * height, walk} (walk: depthFirst's result).
 */
export function layoutTrace(trace, dir) {
  const walk = depthFirst(trace, dir);
  const { column, hung } = columns(trace, walk);
  const positions = new Map();
  let nextRow = 0;
  const rowY = (row) => MARGIN + row * (BOX.height + ROW_GAP);
  // Iterative post-order over the drawing tree: children are placed before their parent.
  const stack = [[trace.root, false]];
  while (stack.length) {
    const [id, expanded] = stack.pop();
    const own = hung.get(id) || [];
    if (!expanded && own.length) {
      stack.push([id, true]);
      for (let i = own.length - 1; i >= 0; i -= 1) stack.push([own[i], false]);
      continue;
    }
    const y = own.length
      ? (positions.get(own[0]).y + positions.get(own[own.length - 1]).y) / 2
      : rowY(nextRow++);
    const c = column.get(id);
    positions.set(id, { x: MARGIN + c * (BOX.width + COLUMN_GAP), y, column: c });
  }
  let maxColumn = 0;
  const boxesByColumn = new Map();
  for (const p of positions.values()) {
    maxColumn = Math.max(maxColumn, p.column);
    if (!boxesByColumn.has(p.column)) boxesByColumn.set(p.column, []);
    boxesByColumn.get(p.column).push(p);
  }
  return {
    positions,
    boxesByColumn,
    width: 2 * MARGIN + (maxColumn + 1) * BOX.width + maxColumn * COLUMN_GAP,
    height: 2 * MARGIN + Math.max(1, nextRow) * (BOX.height + ROW_GAP) - ROW_GAP,
    walk,
  };
}

const midY = (p) => p.y + BOX.height / 2;

// A curve from P to Q leaving and arriving horizontally.
function curve(p, q) {
  const dx = (q.x - p.x) / 2;
  return `C ${p.x + dx} ${p.y}, ${q.x - dx} ${q.y}, ${q.x} ${q.y}`;
}

// Where an edge crosses a column it skips: at the height the straight line would have, or, if
// a box is there, in the gap above or below that box, whichever is nearer.
function laneThrough(boxes, y) {
  const hit = boxes.find((b) => y > b.y - 4 && y < b.y + BOX.height + 4);
  if (!hit) return y;
  const above = hit.y - ROW_GAP / 2;
  const below = hit.y + BOX.height + ROW_GAP / 2;
  return Math.abs(y - above) <= Math.abs(y - below) ? above : below;
}

/**
 * The path of an edge from box `from` to box `to` (the arrow ends at `to`) and the point for its
 * label. Boxes in different columns are joined side to side; an edge that skips columns passes
 * them between their boxes, never behind one. The label sits in the gap before the right-hand
 * box: several edges often meet at a box's left side, rarely at its right. Boxes in one column
 * are joined by a loop out to the right.
 */
export function edgeGeometry(from, to, boxesByColumn) {
  if (from.x === to.x) {
    const x = from.x + BOX.width;
    const bulge = 60;
    return {
      d: `M ${x} ${midY(from)} C ${x + bulge} ${midY(from)}, ${x + bulge} ${midY(to)}, ${x + 4} ${midY(to)}`,
      label: { x: x + bulge * 0.75, y: (midY(from) + midY(to)) / 2 },
    };
  }
  const arrowLeft = to.x < from.x;
  const [left, right] = arrowLeft ? [to, from] : [from, to];
  const points = [{ x: left.x + BOX.width + (arrowLeft ? 4 : 0), y: midY(left) }];
  const end = { x: right.x - (arrowLeft ? 0 : 4), y: midY(right) };
  for (let c = left.column + 1; c < right.column; c += 1) {
    const x0 = MARGIN + c * (BOX.width + COLUMN_GAP);
    const straight = points[0].y + ((end.y - points[0].y) * (x0 + BOX.width / 2 - points[0].x)) / (end.x - points[0].x);
    const y = laneThrough(boxesByColumn.get(c) || [], straight);
    points.push({ x: x0, y }, { x: x0 + BOX.width, y });
  }
  points.push(end);
  const beforeRight = points[points.length - 2];
  const label = { x: (beforeRight.x + end.x) / 2, y: (beforeRight.y + end.y) / 2 };
  if (arrowLeft) points.reverse();
  let d = `M ${points[0].x} ${points[0].y}`;
  for (let i = 1; i < points.length; i += 1) {
    // Inside a skipped column the lane is straight; between columns it curves.
    d += points[i].y === points[i - 1].y && Math.abs(points[i].x - points[i - 1].x) === BOX.width
      ? ` L ${points[i].x} ${points[i].y}` : ` ${curve(points[i - 1], points[i])}`;
  }
  return { d, label };
}
