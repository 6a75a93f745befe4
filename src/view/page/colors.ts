// The palette: one hue per entity type, greys for context, one accent for what is selected.
import type { EntityType } from '../../core/extraction.js';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#2f6db5',
  organization: '#d97a1f',
  place: '#2e9a5e',
};

export const TYPE_NAMES: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
};

export const EDGE_COLOR = '#a9b4c4';
export const EDGE_NEAR_COLOR = '#5d6b80';
export const SELECTED_COLOR = '#c2185b';
export const FADED_COLOR = '#dfe4ea';
export const FADED_EDGE_COLOR = '#eef1f5';
