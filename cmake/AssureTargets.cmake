# Shared compile rules for every Assure target (see DESIGN.md, "Style").

# Where the layer libraries go when they are shared, and how an installed program finds them.
set(ASSURE_INSTALL_LAYERDIR ${CMAKE_INSTALL_LIBDIR}/assure)
set(ASSURE_PROGRAM_RPATH "$ORIGIN/../${ASSURE_INSTALL_LAYERDIR}")

# Strict Qt definitions and warnings, applied to one target.
function(assure_strict target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        QT_NO_KEYWORDS)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
)
    if(ASSURE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# A layer library: every .cpp/.h in the folder. PUBLIC are what its headers include (a user of the
# layer needs them too), PRIVATE what only its sources use; so a layer above sees only what the
# layers below it expose, and a module one layer keeps to itself (OpenSSL, libxlsxwriter) goes no
# further. tests/layering checks the includes themselves.
function(assure_layer name)
    cmake_parse_arguments(ARG "" "" "PUBLIC;PRIVATE;EXTRA;EXCLUDE" ${ARGN})
    file(GLOB_RECURSE _sources CONFIGURE_DEPENDS
        ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/*.h)
    list(FILTER _sources EXCLUDE REGEX "/main\\.cpp$")
    foreach(_excluded IN LISTS ARG_EXCLUDE)
        list(REMOVE_ITEM _sources ${CMAKE_CURRENT_SOURCE_DIR}/${_excluded})
    endforeach()
    if(ASSURE_SHARED_LAYERS)
        add_library(assure_${name} SHARED ${_sources} ${ARG_EXTRA})
        # Installed beside the programs (the .deb built from a dev build must run too): each
        # layer finds the ones below it next to itself.
        set_target_properties(assure_${name} PROPERTIES INSTALL_RPATH "$ORIGIN")
        install(TARGETS assure_${name} LIBRARY DESTINATION ${ASSURE_INSTALL_LAYERDIR})
    else()
        add_library(assure_${name} STATIC ${_sources} ${ARG_EXTRA})
    endif()
    target_include_directories(assure_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src ${PROJECT_BINARY_DIR}/src)
    target_link_libraries(assure_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
    assure_strict(assure_${name})
    set_property(GLOBAL APPEND PROPERTY ASSURE_TR_SOURCES ${_sources})
endfunction()

# What every executable of the project links besides its own libraries: the zipOpen bridge
# (src/interchange/minizipbridge.cpp), which must be in the program itself to come first.
function(assure_program target)
    target_link_libraries(${target} PRIVATE assure_zipbridge)
endfunction()

# One Qt Test executable per tst_*.cpp in the calling folder, labelled LABEL.
# The GUI-facing ones run on the offscreen platform.
function(assure_tests label)
    cmake_parse_arguments(ARG "" "" "DEPS" ${ARGN})
    file(GLOB _tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(_file IN LISTS _tests)
        get_filename_component(_name ${_file} NAME_WE)
        add_executable(${_name} ${_file})
        target_link_libraries(${_name} PRIVATE ${ARG_DEPS} Qt6::Test)
        assure_program(${_name})
        target_include_directories(${_name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
        target_compile_definitions(${_name} PRIVATE
            ASSURE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
            ASSURE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
            ASSURE_BINARY_DIR="${PROJECT_BINARY_DIR}"
            ASSURE_BIN_DIR="${PROJECT_BINARY_DIR}/bin")
        assure_strict(${_name})
        add_test(NAME ${label}/${_name} COMMAND ${_name})
        set_tests_properties(${label}/${_name} PROPERTIES
            LABELS ${label}
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;ASSURE_SCREENSHOT_DIR=${PROJECT_BINARY_DIR}/screenshots;ASSURE_BACKUP_DIR=${PROJECT_BINARY_DIR}/test-backups"
            TIMEOUT 600)
    endforeach()
endfunction()
