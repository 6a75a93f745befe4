// Sigma over the actor graph: reducers fade what is not near the selection, clicks select.
import { createEdgeCurveProgram } from '@sigma/edge-curve';
import Sigma from 'sigma';
import { DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_NEAR_COLOR, FADED_COLOR, FADED_EDGE_COLOR, SELECTED_COLOR } from './colors.js';
import type { ActorAttributes, ActorGraph, LinkAttributes } from './graph.js';
import type { Selection, SelectionState } from './selection.js';

export type ActorRenderer = Sigma<ActorAttributes, LinkAttributes>;

/** The nodes to keep in full colour: the selected actor and those it spoke with, or a link's two ends. */
function focusOf(graph: ActorGraph, s: Selection): Set<string> | null {
  if (!s) return null;
  if (s.kind === 'actor') return new Set([s.id, ...graph.neighbors(s.id)]);
  return new Set(graph.extremities(s.id));
}

export function createRenderer(graph: ActorGraph, container: HTMLElement, selection: SelectionState): ActorRenderer {
  let focus: Set<string> | null = null;

  const renderer: ActorRenderer = new Sigma<ActorAttributes, LinkAttributes>(graph, container, {
    enableEdgeEvents: true,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: {
      curved: createEdgeCurveProgram<ActorAttributes, LinkAttributes>({ arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }),
    },
    // Small graphs show every name; large ones let sigma thin labels out by size.
    labelRenderedSizeThreshold: graph.order <= 80 ? 0 : 8,
    labelDensity: 1,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 13,
    labelWeight: '600',
    labelColor: { color: '#1f2733' },
    zIndex: true,
    // Room for the labels drawn to the right of the outermost nodes.
    stagePadding: 90,
    nodeReducer: (node, attrs) => {
      const out: Partial<NodeDisplayData> = { ...attrs };
      const s = selection.value;
      if (s?.kind === 'actor' && s.id === node) {
        out.highlighted = true;
        out.zIndex = 2;
      } else if (focus && !focus.has(node)) {
        out.color = FADED_COLOR;
        out.label = '';
        out.zIndex = 0;
      } else out.zIndex = 1;
      return out;
    },
    edgeReducer: (edge, attrs) => {
      const out: Partial<EdgeDisplayData> = { ...attrs };
      const s = selection.value;
      if (!s) return out;
      if (s.kind === 'link' && s.id === edge) {
        out.color = SELECTED_COLOR;
        out.zIndex = 2;
      } else if (s.kind === 'actor' && graph.hasExtremity(edge, s.id)) {
        out.color = EDGE_NEAR_COLOR;
        out.zIndex = 1;
      } else {
        out.color = FADED_EDGE_COLOR;
        out.zIndex = 0;
      }
      return out;
    },
  });

  selection.onChange((s) => {
    focus = focusOf(graph, s);
    renderer.refresh();
  });
  renderer.on('clickNode', ({ node }) => selection.set({ kind: 'actor', id: node }));
  renderer.on('clickEdge', ({ edge }) => selection.set({ kind: 'link', id: edge }));
  renderer.on('clickStage', () => selection.set(null));
  // Sigma reports a second click soon after the first as a double click only; it still picks.
  renderer.on('doubleClickNode', ({ node }) => selection.set({ kind: 'actor', id: node }));
  renderer.on('doubleClickEdge', ({ edge }) => selection.set({ kind: 'link', id: edge }));
  // A pointer cursor over what can be clicked.
  const pointer = (on: boolean) => () => container.classList.toggle('over-item', on);
  renderer.on('enterNode', pointer(true));
  renderer.on('leaveNode', pointer(false));
  renderer.on('enterEdge', pointer(true));
  renderer.on('leaveEdge', pointer(false));
  return renderer;
}

/** Camera moves under way; a new move cancels the one before, whose promise may settle late. */
let moving = 0;

/**
 * The zoom that keeps an actor's partners on screen when the actor is centred: sigma's framed
 * graph spans 0..1 at ratio 1, so a ratio r shows about r/2 either side of the centre.
 */
function partnersRatio(renderer: ActorRenderer, node: string, at: { x: number; y: number }): number {
  let reach = 0;
  for (const other of renderer.getGraph().neighbors(node)) {
    const o = renderer.getNodeDisplayData(other);
    if (o) reach = Math.max(reach, Math.abs(o.x - at.x), Math.abs(o.y - at.y));
  }
  return reach === 0 ? 0.5 : Math.min(Math.max(2.5 * reach, 0.2), 1.5);
}

/** Moves the camera to an actor, zoomed so those it spoke with stay in view; the body is marked while it moves. */
export async function centerOn(renderer: ActorRenderer, node: string): Promise<void> {
  const at = renderer.getNodeDisplayData(node);
  if (!at) return;
  moving++;
  document.body.dataset['cameraMoving'] = 'true';
  try {
    await renderer.getCamera().animate({ x: at.x, y: at.y, ratio: partnersRatio(renderer, node, at) }, { duration: 450 });
  } finally {
    if (--moving === 0) delete document.body.dataset['cameraMoving'];
  }
}
