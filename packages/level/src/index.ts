export * from './level.js';
export * from './series.js';
