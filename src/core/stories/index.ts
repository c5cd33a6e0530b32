export { chooseLead } from './choose-lead.js';
export { clusterStories, DEFAULT_STORY_THRESHOLD } from './cluster-stories.js';
export { describeFramingDifference } from './framing-difference.js';
export type { ClusterOptions, Story, StoryCandidate } from './types.js';
