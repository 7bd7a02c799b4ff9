# Layers the linker enforces. A static library is only checked when a program links it, and
# then only for the objects the program happens to use, with every other layer on the same
# line: a core file that called into the store would link fine inside steward-host.
#
# steward_layer_check(<target>...) links, for each target, a program with the whole target
# (every object, used or not) and only the libraries that target says it links. A call from a
# layer into one it does not link is then an undefined symbol, and the build fails.
function(steward_layer_check)
    set(main ${CMAKE_CURRENT_BINARY_DIR}/generated/layer_check_main.cpp)
    if(NOT EXISTS ${main})
        file(WRITE ${main} "// Written by cmake/LayerCheck.cmake: a program that only links a layer.\nint main() { return 0; }\n")
    endif()
    foreach(target IN LISTS ARGN)
        set(check ${target}_links_alone)
        add_executable(${check} ${main})
        target_link_libraries(${check} PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${target}>")
        set_target_properties(${check} PROPERTIES AUTOMOC OFF RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/layer-checks)
    endforeach()
endfunction()
