# Game kinds as modules: each kind is a folder, server/games/<name>/, with a Sources.cmake that
# adds its sources to the host, and one line in server/games/Kinds.cmake that registers it:
#
#   steward_game_kind(<name> KIND <GameKind class> HEADER <its header, from server/>
#                     [MODULE <KindModule class> MODULE_HEADER <its header>]
#                     [CONTRACTS <Solidity contract>...])
#
# KIND is the game itself (rules, commands, views). MODULE, for a kind that runs more than its
# games on a full host (services, REST routes), is started by HostRuntime. CONTRACTS are the
# kind's contracts in resources/contracts/, compiled at build time (cmake/Contracts.cmake).
#
# steward_write_builtin_kinds() then writes GameRegistry::withBuiltinKinds() and
# builtinKindModules() from those lines, so nothing outside a kind's folder and that list names
# the kind (docs/adding-a-game.md).

function(steward_game_kind name)
    cmake_parse_arguments(ARG "" "KIND;HEADER;MODULE;MODULE_HEADER" "CONTRACTS" ${ARGN})
    if(NOT ARG_KIND OR NOT ARG_HEADER)
        message(FATAL_ERROR "steward_game_kind(${name}): KIND and HEADER are required")
    endif()
    if((ARG_MODULE AND NOT ARG_MODULE_HEADER) OR (ARG_MODULE_HEADER AND NOT ARG_MODULE))
        message(FATAL_ERROR "steward_game_kind(${name}): MODULE and MODULE_HEADER go together")
    endif()
    include(${CMAKE_CURRENT_SOURCE_DIR}/games/${name}/Sources.cmake)
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_INCLUDES "#include \"${ARG_HEADER}\"")
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_CLASSES ${ARG_KIND})
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_NAMES ${name})
    if(ARG_MODULE)
        set_property(GLOBAL APPEND PROPERTY STEWARD_MODULE_INCLUDES "#include \"${ARG_MODULE_HEADER}\"")
        set_property(GLOBAL APPEND PROPERTY STEWARD_MODULE_CLASSES ${ARG_MODULE})
    endif()
    set_property(GLOBAL APPEND PROPERTY STEWARD_KIND_CONTRACTS ${ARG_CONTRACTS})
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

    get_property(module_includes GLOBAL PROPERTY STEWARD_MODULE_INCLUDES)
    get_property(module_classes GLOBAL PROPERTY STEWARD_MODULE_CLASSES)
    list(JOIN module_includes "\n" STEWARD_MODULE_INCLUDES)
    set(STEWARD_MODULE_ADDS "")
    foreach(class IN LISTS module_classes)
        string(APPEND STEWARD_MODULE_ADDS "    modules.push_back(std::make_unique<${class}>());\n")
    endforeach()
    set(modules_out ${CMAKE_CURRENT_BINARY_DIR}/generated/BuiltinKindModules.cpp)
    configure_file(${PROJECT_SOURCE_DIR}/cmake/BuiltinKindModules.cpp.in ${modules_out} @ONLY)

    target_sources(${target} PRIVATE ${out} ${modules_out})
    message(STATUS "Game kinds: ${names}")
endfunction()
