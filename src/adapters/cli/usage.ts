export const usage = `Usage: lede <command> [options]

Commands:
  start                        Run Lede: Discord and Slack where tokens are configured,
                               otherwise console mode (slash commands typed at a prompt)
  summarize <source...>        Neutral digest and framing notes of URLs or files (- reads stdin)
      --format markdown|json|jsonl   Output format (default markdown)
      --include-text                 Include the article's plain text (json, jsonl)
  digest <feed-url-or-file...> A digest of feeds (URLs, feed files or OPML lists), no chat needed
      --since 24h                    Only items from this window (30m, 24h, 7d)
      --max N                        At most N stories (default 10)
      --format markdown|json|jsonl   Output format (default markdown)
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
