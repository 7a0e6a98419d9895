export * from './abandonment.js';
export * from './erlang.js';
export * from './jackson.js';
export * from './little.js';
export * from './mg1.js';
export * from './mm1.js';
export * from './mmck.js';
export * from './priority.js';
