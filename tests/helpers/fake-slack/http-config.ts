import type { StartSlackOptions } from '../../../src/adapters/slack/start-slack.js';

/** The settings of a Slack app in HTTP mode against the fake Web API, on a free local port. */
export function slackHttpConfig(
  apiUrl: string,
  signingSecret: string,
  managerIds: string[] = [],
): StartSlackOptions['config'] {
  return {
    commandName: 'news',
    slackBotToken: 'xoxb-test',
    slackAppToken: undefined,
    slackSigningSecret: signingSecret,
    slackMode: 'http',
    slackPort: 0,
    slackManagerIds: managerIds,
    slackApiUrl: apiUrl,
  };
}
