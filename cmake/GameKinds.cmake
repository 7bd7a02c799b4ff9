# Game kinds as modules: each kind is a folder, server/games/<name>/, with a Sources.cmake that
# adds its sources to the host, and one line in server/games/Kinds.cmake that registers it:
#
#   steward_game_kind(<name> KIND <GameKind class> HEADER <its header, from server/>)
#
# steward_write_builtin_kinds() then writes GameRegistry::withBuiltinKinds() from those lines,
# so nothing outside a kind's folder and that list names the kind (docs/adding-a-game.md).

function(steward_game_kind name)
    cmake_parse_arguments(ARG "" "KIND;HEADER" "" ${ARGN})
    if(NOT ARG_KIND OR NOT ARG_HEADER)
        message(FATAL_ERROR "steward_game_kind(${name}): KIND and HEADER are required")
    endif()
    include(${CMAKE_CURRENT_SOURCE_DIR}/games/${name}/Sources.cmake)
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_INCLUDES "#include \"${ARG_HEADER}\"")
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_CLASSES ${ARG_KIND})
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_NAMES ${name})
endfunction()

function(steward_write_builtin_kinds target)
    get_property(includes GLOBAL PROPERTY STEWARD_KIND_INCLUDES)
    get_property(classes GLOBAL PROPERTY STEWARD_KIND_CLASSES)
    get_property(names GLOBAL PROPERTY STEWARD_KIND_NAMES)
    list(JOIN includes "\n" STEWARD_KIND_INCLUDES)
    set(STEWARD_KIND_ADDS "")
    foreach(class IN LISTS classes)
        string(APPEND STEWARD_KIND_ADDS "    registry.add(std::make_unique<${class}>());\n")
    endforeach()
    set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/BuiltinKinds.cpp)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/BuiltinKinds.cpp.in ${out} @ONLY)
    target_sources(${target} PRIVATE ${out})
    message(STATUS "Game kinds: ${names}")
endfunction()
