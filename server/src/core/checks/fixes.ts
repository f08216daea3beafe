/** Fixes shared by checks: writing `[@id]` markers into sentences. */
export { insertMarkerFix, markerOffset } from '../link/index.js';
