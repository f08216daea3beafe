// Status by shape as well as colour (never colour alone): each status has its own outline, drawn
// around (0, 0) in a box of about 12 px, and a colour from the editor theme (CSS classes in
// timeline.css read VS Code's chart colours, with fallbacks for the standalone page).
import type { TimelineStatus } from './model.js';

export const STATUSES: readonly TimelineStatus[] = ['confirmed', 'developing', 'disputed', 'false', 'superseded', 'retracted'];

/** What each status's shape is, for the legend and screen readers. */
export const STATUS_SHAPE: Record<TimelineStatus, string> = {
  confirmed: 'filled circle',
  developing: 'triangle',
  disputed: 'diamond',
  false: 'cross',
  superseded: 'ring',
  retracted: 'struck square',
};

/** SVG path data of a status's mark. */
export function statusPath(status: TimelineStatus): string {
  switch (status) {
    case 'confirmed':
      return 'M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0Z';
    case 'developing':
      return 'M-5,-6L7,0L-5,6Z';
    case 'disputed':
      return 'M0,-7L7,0L0,7L-7,0Z';
    case 'false':
      return 'M-6,-4L-4,-6L0,-2L4,-6L6,-4L2,0L6,4L4,6L0,2L-4,6L-6,4L-2,0Z';
    case 'superseded':
      // A ring: the outer circle and an inner one drawn the other way (even-odd hole).
      return 'M-6,0a6,6 0 1,0 12,0a6,6 0 1,0 -12,0ZM-3,0a3,3 0 1,1 6,0a3,3 0 1,1 -6,0Z';
    case 'retracted':
      return 'M-6,-6H6V6H-6ZM-4,2.5L2.5,-4L4,-2.5L-2.5,4Z';
  }
}
