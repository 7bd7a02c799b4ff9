# A game kind's part of a tool (steward-bench's load of that kind, steward-verify's checks) is a
# mode of the tool: its folder app/<tool>/<kind>/ has a Sources.cmake that adds its sources and
# registers it in one line:
#
#   steward_tool_mode(<tool target> <name> CLASS <mode class> HEADER <its header> [DEFAULT]
#                     [ALSO <other name>...])
#
# <name> is how the command line picks it (--<name>), and so does each ALSO name (the game's
# genre, say, beside the kind's id); the DEFAULT mode runs when none is picked.
# steward_write_tool_modes() then writes the tool's list of modes from its own template, so the
# tool's main.cpp names no kind (the same idea as cmake/GameKinds.cmake for the host).

function(steward_tool_mode target name)
    cmake_parse_arguments(ARG "DEFAULT" "CLASS;HEADER" "ALSO" ${ARGN})
    if(NOT ARG_CLASS OR NOT ARG_HEADER)
        message(FATAL_ERROR "steward_tool_mode(${target} ${name}): CLASS and HEADER are required")
    endif()
    # The name becomes a command-line flag.
    foreach(each IN LISTS name ARG_ALSO)
        if(NOT each MATCHES "^[a-z]+$")
            message(FATAL_ERROR "steward_tool_mode(${target} ${each}): a mode's name is lower-case letters only")
        endif()
    endforeach()
    # Kept as one C++ list per mode: u"a"_s, u"b"_s
    set(also "")
    foreach(each IN LISTS ARG_ALSO)
        list(APPEND also "u\"${each}\"_s")
    endforeach()
    list(JOIN also ", " also)
    set_property(GLOBAL APPEND PROPERTY STEWARD_TOOL_ALSO_${target} "{${also}}")
    if(ARG_DEFAULT)
        get_property(default GLOBAL PROPERTY STEWARD_TOOL_DEFAULT_${target})
        if(default)
            message(FATAL_ERROR "steward_tool_mode(${target} ${name}): ${default} is the DEFAULT mode already")
        endif()
        set_property(GLOBAL PROPERTY STEWARD_TOOL_DEFAULT_${target} ${name})
    endif()
    set_property(GLOBAL APPEND PROPERTY STEWARD_TOOL_INCLUDES_${target} "#include \"${ARG_HEADER}\"")
    set_property(GLOBAL APPEND PROPERTY STEWARD_TOOL_CLASSES_${target} ${ARG_CLASS})
    set_property(GLOBAL APPEND PROPERTY STEWARD_TOOL_NAMES_${target} ${name})
endfunction()

# Writes <template>'s name without .in into the build folder and compiles it into `target`. The
# template defines the tool's list function with an `add(name, mode, isDefault, also)` in it, where
# @STEWARD_MODE_INCLUDES@ and @STEWARD_MODE_ADDS@ go.
function(steward_write_tool_modes target template)
    get_property(includes GLOBAL PROPERTY STEWARD_TOOL_INCLUDES_${target})
    get_property(classes GLOBAL PROPERTY STEWARD_TOOL_CLASSES_${target})
    get_property(names GLOBAL PROPERTY STEWARD_TOOL_NAMES_${target})
    get_property(default GLOBAL PROPERTY STEWARD_TOOL_DEFAULT_${target})
    get_property(alsos GLOBAL PROPERTY STEWARD_TOOL_ALSO_${target})
    list(JOIN includes "\n" STEWARD_MODE_INCLUDES)
    set(STEWARD_MODE_ADDS "")
    foreach(name class also IN ZIP_LISTS names classes alsos)
        set(is_default false)
        if(name STREQUAL default)
            set(is_default true)
        endif()
        string(APPEND STEWARD_MODE_ADDS "    add(u\"${name}\"_s, std::make_unique<${class}>(), ${is_default}, QStringList${also});\n")
    endforeach()
    get_filename_component(file ${template} NAME)
    string(REGEX REPLACE "\\.in$" "" file ${file})
    set(out ${CMAKE_CURRENT_BINARY_DIR}/generated/${file})
    configure_file(${template} ${out} @ONLY)
    target_sources(${target} PRIVATE ${out})
    message(STATUS "${target} modes: ${names}")
endfunction()
