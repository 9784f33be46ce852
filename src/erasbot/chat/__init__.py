"""Chat turns over both pipelines: the assistant, follow-ups, the LangChain agent and its tools."""
