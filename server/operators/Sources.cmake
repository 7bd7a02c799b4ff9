# Sources of server/operators, added to steward_server.
target_sources(steward_server PRIVATE
)
