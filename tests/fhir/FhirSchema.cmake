# The FHIR export against the official FHIR R4 JSON schema (docs/fhir.md "Validation"): the
# validator in tools/fhir-validator is installed with the machine's npm by scripts/setup.
add_test(NAME "fhir: the exported Bundle is valid against the FHIR R4 JSON schema"
         COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/fhir/validate-export.sh
                 $<TARGET_FILE:quietlegs-cli> ${PROJECT_SOURCE_DIR}/tools/fhir-validator)
set_tests_properties("fhir: the exported Bundle is valid against the FHIR R4 JSON schema"
                     PROPERTIES LABELS "fhir;io" TIMEOUT 600)
