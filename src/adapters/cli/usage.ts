export const usage = `Usage: lede <command> [options]

Commands:
  start                        Run Lede: Discord and Slack where tokens are configured,
                               otherwise console mode (slash commands typed at a prompt)
  summarize <source...>        Neutral digest and framing notes of URLs or files (- reads stdin)
      --format markdown|json|jsonl   Output format (default markdown)
      --include-text                 Include the article's plain text (json, jsonl)
  register-commands [--guild ID]
                               Publish the slash commands to Discord (a guild for testing,
                               or globally)
  slack-manifest [--format json|yaml] [--mode socket|http] [--request-url URL]
                               Print the Slack app manifest for the configured command
  healthcheck                  Exit 0 when a running Lede has written its heartbeat lately

Options:
  -h, --help                   Show this help
  -v, --version                Show Lede's version
`;
