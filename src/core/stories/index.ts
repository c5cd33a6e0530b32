export { chooseLead } from './choose-lead.js';
export { clusterStories } from './cluster-stories.js';
export { describeFramingDifference } from './framing-difference.js';
export type { Story, StoryCandidate } from './types.js';
