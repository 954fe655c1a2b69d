/**
 * The parts of @floating-ui/dom that FloatingController uses, as one module for it to import
 * lazily: a dynamic import of the package itself would keep every export in the chunk.
 */
export { autoUpdate, computePosition, flip, hide, offset, shift } from '@floating-ui/dom';
