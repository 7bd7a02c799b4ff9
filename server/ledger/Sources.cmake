# Sources of server/ledger, added to steward_server.
target_sources(steward_server PRIVATE
)
