# The pseudo-translation: every string of the source .ts marked and a third longer, for checking
# that each string goes through tr() and that layouts leave room for longer languages.

# The build-time tool that writes it (tools/pseudotranslate.cpp).
add_executable(assure-pseudotranslate ${PROJECT_SOURCE_DIR}/tools/pseudotranslate.cpp)
target_link_libraries(assure-pseudotranslate PRIVATE Qt6::Core)
assure_strict(assure-pseudotranslate)

# A library holding :/i18n/assure_pseudo.qm, made from TS at build time, for the programs and the
# tests that run in the pseudo-translation.
function(assure_pseudo_translation name ts)
    set(_pseudo_ts ${CMAKE_CURRENT_BINARY_DIR}/assure_pseudo.ts)
    set(_pseudo_qm ${CMAKE_CURRENT_BINARY_DIR}/assure_pseudo.qm)
    add_custom_command(OUTPUT ${_pseudo_ts}
        COMMAND assure-pseudotranslate ${ts} ${_pseudo_ts}
        DEPENDS assure-pseudotranslate ${ts}
        COMMENT "Writing the pseudo-translation"
        VERBATIM)
    add_custom_command(OUTPUT ${_pseudo_qm}
        COMMAND Qt6::lrelease -silent ${_pseudo_ts} -qm ${_pseudo_qm}
        DEPENDS ${_pseudo_ts}
        VERBATIM)
    add_library(${name} STATIC)
    qt_add_resources(${name} assure_pseudo_translation
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${_pseudo_qm})
endfunction()
