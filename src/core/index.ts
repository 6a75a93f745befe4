// The shared vocabulary of every stage.
export * from './span.js';
export * from './ids.js';
export * from './fingerprint.js';
export * from './document.js';
export * from './diagnostics.js';
export * from './errors.js';
export * from './extraction.js';
export * from './entities.js';
export * from './records.js';
export * from './names.js';
export * from './speaker-label.js';
export * from './dates.js';
export * from './count.js';
