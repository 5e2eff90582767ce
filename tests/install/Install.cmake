# A real desktop citizen (issue 8): the installed tree, bash completion, and --help/--version
# without a display. Shell scripts; label install (ctest -L install).
set(install_tests_dir ${CMAKE_CURRENT_SOURCE_DIR}/install)

add_test(NAME "install: cmake --install puts valid launcher, metainfo, icons, man pages"
         COMMAND bash ${install_tests_dir}/check-install.sh ${PROJECT_BINARY_DIR}
                 ${QUIETLEGS_APP_ID} $<IF:$<BOOL:${QUIETLEGS_BUILD_GUI}>,ON,OFF>
                 ${PROJECT_SOURCE_DIR})
set_tests_properties("install: cmake --install puts valid launcher, metainfo, icons, man pages"
                     PROPERTIES LABELS install SKIP_RETURN_CODE 77)

set(completion_args ${PROJECT_SOURCE_DIR}/data/completions/quietlegs-cli.bash
                    $<TARGET_FILE:quietlegs-cli>)
if(QUIETLEGS_BUILD_GUI)
    list(APPEND completion_args ${PROJECT_SOURCE_DIR}/data/completions/quietlegs.bash
                                $<TARGET_FILE:quietlegs>)
endif()
add_test(NAME "install: bash completion matches each command's --help"
         COMMAND bash ${install_tests_dir}/completion.sh ${completion_args})
set_tests_properties("install: bash completion matches each command's --help"
                     PROPERTIES LABELS install)

set(no_display_exes $<TARGET_FILE:quietlegs-cli>)
if(QUIETLEGS_BUILD_GUI)
    list(APPEND no_display_exes $<TARGET_FILE:quietlegs>)
endif()
add_test(NAME "install: --help and --version work without a display"
         COMMAND bash ${install_tests_dir}/no-display.sh ${no_display_exes})
set_tests_properties("install: --help and --version work without a display"
                     PROPERTIES LABELS install)

if(QUIETLEGS_BUILD_GUI)
    add_test(NAME "install: the app loads its chart sections' module (Trends) from the build tree"
             COMMAND bash ${install_tests_dir}/chart-sections.sh $<TARGET_FILE:quietlegs>)
    set_tests_properties(
        "install: the app loads its chart sections' module (Trends) from the build tree"
        PROPERTIES LABELS install)
endif()
