namespace OpsTracker.Api.Tests.Database;

/// <summary>The writer's journal on connections kept open by their pooled contexts, the API's default.</summary>
public sealed class WriterJournalOnKeptConnectionsTests() : WriterJournalTests(keptConnections: true);
