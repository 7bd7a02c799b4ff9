# Sources of server/games/rounds, added to steward_server.
target_sources(steward_server PRIVATE
)
